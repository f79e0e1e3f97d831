package org.liberta.platform.internal.domain;

import java.time.Instant;
import java.util.List;

/** The audit trail: its chained entries, appended under the head's lock, searched, and walked to verify the chain. */
public interface AuditRepository {

    AuditEntry save(AuditEntry entry);

    AuditHead lockAuditHead();

    List<AuditEntry> auditEntries(AuditQuery query, int offset, int limit);

    long countAuditEntries(AuditQuery query);

    /** How many different accounts had an entry of {@code action} since then (failed sign-ins: a spray). */
    long accountsWith(String action, Instant since);

    /** Whether an entry of {@code action} was recorded since then (an alert already sent). */
    boolean recordedSince(String action, Instant since);

    /** Entries in chain order, from {@code afterSeq} (exclusive), for the verifier. */
    List<AuditEntry> auditChain(long afterSeq, int limit);
}
