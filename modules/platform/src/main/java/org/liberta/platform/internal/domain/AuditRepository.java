package org.liberta.platform.internal.domain;

import java.util.List;

/** The audit trail: its chained entries, appended under the head's lock, searched, and walked to verify the chain. */
public interface AuditRepository {

    AuditEntry save(AuditEntry entry);

    AuditHead lockAuditHead();

    List<AuditEntry> auditEntries(AuditQuery query, int offset, int limit);

    long countAuditEntries(AuditQuery query);

    /** Entries in chain order, from {@code afterSeq} (exclusive), for the verifier. */
    List<AuditEntry> auditChain(long afterSeq, int limit);
}
