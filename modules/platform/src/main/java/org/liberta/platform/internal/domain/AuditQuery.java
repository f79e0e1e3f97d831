package org.liberta.platform.internal.domain;

import java.time.Instant;

/** Filters of the audit trail page and {@code GET /audit}; null means "any". */
public record AuditQuery(String recordType, String recordId, String username, String action, Instant from, Instant to) {
}
