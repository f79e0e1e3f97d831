package org.liberta.platform.internal.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.persistence.JpaStore;
import org.liberta.platform.internal.domain.VaultRepository;
import org.liberta.platform.internal.domain.VaultValue;

@ApplicationScoped
public class JpaVaultRepository extends JpaStore implements VaultRepository {

    @Override
    public VaultValue save(VaultValue value) {
        return super.save(value);
    }

    @Override
    public void delete(VaultValue value) {
        em.remove(value);
    }

    @Override
    public List<VaultValue> vaultValues(String subjectType, long subjectId) {
        return em.createQuery("select v from VaultValue v where v.subjectType = :t and v.subjectId = :id",
                VaultValue.class).setParameter("t", subjectType).setParameter("id", subjectId).getResultList();
    }

    @Override
    public List<VaultValue> vaultValues(String subjectType, Collection<Long> subjectIds) {
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
    public List<VaultValue> vaultValuesByBlindIndexes(String subjectType, String field, Collection<String> indexes) {
        return em.createQuery("select v from VaultValue v where v.subjectType = :t and v.field = :f"
                + " and v.blindIndex in :b order by v.id", VaultValue.class)
                .setParameter("t", subjectType).setParameter("f", field).setParameter("b", indexes).getResultList();
    }

    @Override
    public List<VaultValue> vaultValuesNotUnderKey(String keyId, int limit) {
        return em.createQuery("select v from VaultValue v where v.keyId <> :k order by v.id", VaultValue.class)
                .setParameter("k", keyId).setMaxResults(limit).getResultList();
    }
}
