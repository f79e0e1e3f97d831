package org.liberta.platform.internal.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.internal.domain.AuditEntry;
import org.liberta.platform.internal.domain.AuditHead;
import org.liberta.platform.internal.domain.AuditRepository;

@ApplicationScoped
public class DefaultAuditLog implements AuditLog {

    private static final int MAX_DETAIL = 1000;

    @Inject
    private AuditRepository repository;

    @Inject
    private Caller caller;

    @Override
    @Transactional(TxType.REQUIRED)
    public void record(String action, String recordType, Object recordId, String detail) {
        append(caller.username(), caller.address(), action, recordType, recordId, detail);
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public void recordIndependently(String action, String recordType, Object recordId, String detail) {
        append(caller.username(), caller.address(), action, recordType, recordId, detail);
    }

    /** For events before anyone is signed in (logins): the actor is named explicitly. */
    @Transactional(TxType.REQUIRED)
    public void recordFor(String actor, String address, String action, String recordType, Object recordId,
            String detail) {
        append(actor, address, action, recordType, recordId, detail);
    }

    private void append(String actor, String address, String action, String recordType, Object recordId,
            String detail) {
        AuditHead head = repository.lockAuditHead();
        // Whole seconds: some MySQL-compatible servers drop fractions, and the hash must survive a round trip.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String trimmed = detail == null ? null : detail.substring(0, Math.min(detail.length(), MAX_DETAIL));
        AuditEntry entry = new AuditEntry(head.nextSeq(), now, actor, action, recordType,
                recordId == null ? null : Objects.toString(recordId), trimmed, address, head.getLastHash());
        repository.save(entry);
        head.advanceTo(entry);
    }
}
