package org.liberta.platform.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.liberta.platform.api.persistence.JpqlConditions;
import org.liberta.platform.internal.domain.ApiToken;
import org.liberta.platform.internal.domain.AuditEntry;
import org.liberta.platform.internal.domain.AuditHead;
import org.liberta.platform.internal.domain.AuditQuery;
import org.liberta.platform.internal.domain.PlatformRepository;
import org.liberta.platform.internal.domain.Programme;
import org.liberta.platform.internal.domain.UserAccount;
import org.liberta.platform.internal.domain.VaultValue;

@ApplicationScoped
public class JpaPlatformRepository implements PlatformRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public <T> T save(T entity) {
        em.persist(entity);
        return entity;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void delete(Object entity) {
        em.remove(entity);
    }

    @Override
    public Optional<Programme> programmeByCode(String code) {
        return first(em.createQuery("select p from Programme p where upper(p.code) = upper(:code)", Programme.class)
                .setParameter("code", code));
    }

    @Override
    public Optional<Programme> programmeById(long id) {
        return Optional.ofNullable(em.find(Programme.class, id));
    }

    @Override
    public List<Programme> programmes() {
        return em.createQuery("select p from Programme p order by p.code", Programme.class).getResultList();
    }

    @Override
    public long countUsers() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public Optional<UserAccount> userByUsername(String username) {
        return first(em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username == null ? "" : username.toLowerCase()));
    }

    @Override
    public Optional<UserAccount> userById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public List<UserAccount> users(int offset, int limit) {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<ApiToken> tokenByHash(String tokenHash) {
        return first(em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", tokenHash));
    }

    @Override
    public void revokeTokensOf(String username, Instant now) {
        em.createQuery("update ApiToken t set t.revokedAt = :now where t.username = :u and t.revokedAt is null")
                .setParameter("now", now).setParameter("u", username).executeUpdate();
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
    public List<AuditEntry> auditChain(long afterSeq, int limit) {
        return em.createQuery("select e from AuditEntry e where e.seq > :s order by e.seq", AuditEntry.class)
                .setParameter("s", afterSeq).setMaxResults(limit).getResultList();
    }

    @Override
    public List<VaultValue> vaultValues(String subjectType, long subjectId) {
        return em.createQuery("select v from VaultValue v where v.subjectType = :t and v.subjectId = :id",
                VaultValue.class).setParameter("t", subjectType).setParameter("id", subjectId).getResultList();
    }

    @Override
    public List<VaultValue> vaultValues(String subjectType, java.util.Collection<Long> subjectIds) {
        return em.createQuery("select v from VaultValue v where v.subjectType = :t and v.subjectId in :ids",
                VaultValue.class).setParameter("t", subjectType).setParameter("ids", subjectIds).getResultList();
    }

    @Override
    public Optional<VaultValue> vaultValueByBlindIndex(String subjectType, String field, String blindIndex) {
        return first(em.createQuery("select v from VaultValue v where v.subjectType = :t and v.field = :f"
                + " and v.blindIndex = :b", VaultValue.class)
                .setParameter("t", subjectType).setParameter("f", field).setParameter("b", blindIndex));
    }

    @Override
    public List<VaultValue> vaultValuesByBlindIndexes(String subjectType, String field, java.util.Collection<String> indexes) {
        return em.createQuery("select v from VaultValue v where v.subjectType = :t and v.field = :f"
                + " and v.blindIndex in :b order by v.id", VaultValue.class)
                .setParameter("t", subjectType).setParameter("f", field).setParameter("b", indexes).getResultList();
    }

    @Override
    public List<VaultValue> vaultValuesNotUnderKey(String keyId, int limit) {
        return em.createQuery("select v from VaultValue v where v.keyId <> :k order by v.id", VaultValue.class)
                .setParameter("k", keyId).setMaxResults(limit).getResultList();
    }

    private static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
