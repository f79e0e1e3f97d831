package org.liberta.platform.internal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.Role;
import org.liberta.platform.internal.domain.AuditChain;
import org.liberta.platform.internal.domain.AuditEntry;
import org.liberta.platform.internal.domain.AuditQuery;
import org.liberta.platform.internal.domain.AuditRepository;

/** Reading and verifying the audit trail: administrators only. There is deliberately no way to change it. */
@ApplicationScoped
@Transactional
public class AuditTrail {

    private static final int BATCH = 1000;

    @Inject
    private AuditRepository repository;

    @Inject
    private Caller caller;

    /**
     * One entry as the audit page and {@code GET /audit} show it: who did what to which record, when and from where.
     * The chain's hashes stay inside; the verifier reads them.
     */
    public record AuditRecord(long seq, Instant at, String user, String action, String recordType, String recordId,
            String detail, String address) implements Serializable {

        static AuditRecord of(AuditEntry e) {
            return new AuditRecord(e.getSeq(), e.getAt(), e.getUsername(), e.getAction(), e.getRecordType(),
                    e.getRecordId(), e.getDetail(), e.getAddress());
        }
    }

    public Page<AuditRecord> search(AuditQuery query, PageRequest page) {
        caller.requireAnyRole(Role.ADMIN);
        return new Page<>(repository.auditEntries(query, page.offset(), page.size()).stream().map(AuditRecord::of).toList(),
                repository.countAuditEntries(query), page.page(), page.size());
    }

    /** Walks the whole chain; reports the first entry whose content or link does not match. */
    public ChainVerification verify() {
        caller.requireAnyRole(Role.ADMIN);
        String expectedPrev = AuditChain.GENESIS;
        long lastSeq = 0;
        long checked = 0;
        List<AuditEntry> batch;
        do {
            batch = repository.auditChain(lastSeq, BATCH);
            for (AuditEntry entry : batch) {
                if (entry.getSeq() != lastSeq + 1 || !AuditChain.isIntact(entry, expectedPrev)) {
                    return new ChainVerification(false, checked, entry.getSeq());
                }
                expectedPrev = entry.getHash();
                lastSeq = entry.getSeq();
                checked++;
            }
        } while (batch.size() == BATCH);
        return new ChainVerification(true, checked, null);
    }

    /** The verifier's answer: intact, how many entries were checked, and where it first broke. */
    public record ChainVerification(boolean intact, long checked, Long firstBrokenSeq) implements Serializable {
    }
}
