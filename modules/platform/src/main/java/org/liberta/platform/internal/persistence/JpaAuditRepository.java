package org.liberta.platform.internal.persistence;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.liberta.platform.api.persistence.JpaStore;
import org.liberta.platform.api.persistence.JpqlConditions;
import org.liberta.platform.internal.domain.AuditEntry;
import org.liberta.platform.internal.domain.AuditHead;
import org.liberta.platform.internal.domain.AuditQuery;
import org.liberta.platform.internal.domain.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository extends JpaStore implements AuditRepository {

    @Override
    public AuditEntry save(AuditEntry entry) {
        return super.save(entry);
    }

    @Override
    public AuditHead lockAuditHead() {
        return em.find(AuditHead.class, AuditHead.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<AuditEntry> auditEntries(AuditQuery q, int offset, int limit) {
        return auditQuery("select e", q, " order by e.seq desc", AuditEntry.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countAuditEntries(AuditQuery q) {
        return auditQuery("select count(e)", q, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> auditQuery(String select, AuditQuery q, String order, Class<T> type) {
        JpqlConditions where = new JpqlConditions()
                .whenGiven(q.recordType(), "e.recordType = :recordType", "recordType")
                .whenGiven(q.recordId(), "e.recordId = :recordId", "recordId")
                .whenGiven(q.username(), "e.username = :username", "username")
                .whenGiven(q.action(), "e.action = :action", "action")
                .whenGiven(q.from(), "e.at >= :from", "from")
                .whenGiven(q.to(), "e.at < :to", "to");
        return where.bind(em.createQuery(select + " from AuditEntry e" + where.where() + order, type));
    }

    @Override
    public long accountsWith(String action, Instant since) {
        return em.createQuery("select count(distinct e.recordId) from AuditEntry e where e.action = :a and e.at >= :s"
                + " and e.recordType = 'user' and e.recordId is not null", Long.class)
                .setParameter("a", action).setParameter("s", since).getSingleResult();
    }

    @Override
    public boolean recordedSince(String action, Instant since) {
        return !em.createQuery("select e.seq from AuditEntry e where e.action = :a and e.at >= :s", Long.class)
                .setParameter("a", action).setParameter("s", since).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<AuditEntry> auditChain(long afterSeq, int limit) {
        return em.createQuery("select e from AuditEntry e where e.seq > :s order by e.seq", AuditEntry.class)
                .setParameter("s", afterSeq).setMaxResults(limit).getResultList();
    }
}
