package org.liberta.platform.api.audit;

/**
 * The append-only audit trail. Entries join the caller's transaction, so a change and its audit entry
 * commit or roll back together. {@code detail} must never hold personal values: say what changed, not to what.
 */
public interface AuditLog {

    void record(String action, String recordType, Object recordId, String detail);

    /** For denials and failures whose surrounding transaction rolls back: written in a transaction of its own. */
    void recordIndependently(String action, String recordType, Object recordId, String detail);
}
