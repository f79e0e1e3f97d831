package org.liberta.platform.internal.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.persistence.JpaStore;
import org.liberta.platform.internal.domain.FieldDevice;
import org.liberta.platform.internal.domain.FieldRepository;
import org.liberta.platform.internal.domain.SyncedAction;

@ApplicationScoped
public class JpaFieldRepository extends JpaStore implements FieldRepository {

    @Override
    public Optional<FieldDevice> deviceByCredential(String credentialHash) {
        return first(em.createQuery("select d from FieldDevice d where d.credentialHash = :h", FieldDevice.class)
                .setParameter("h", credentialHash));
    }

    @Override
    public Optional<FieldDevice> deviceById(long id) {
        return Optional.ofNullable(em.find(FieldDevice.class, id));
    }

    @Override
    public List<FieldDevice> devicesOf(long userId) {
        return em.createQuery("select d from FieldDevice d where d.userId = :u order by d.enrolledAt desc",
                FieldDevice.class).setParameter("u", userId).setMaxResults(50).getResultList();
    }

    @Override
    public Optional<SyncedAction> syncedAction(String actionId) {
        return Optional.ofNullable(em.find(SyncedAction.class, actionId));
    }

    @Override
    public void recordSync(long deviceId, java.time.Instant at) {
        em.createQuery("update FieldDevice d set d.lastSyncAt = :at where d.id = :id")
                .setParameter("at", at).setParameter("id", deviceId).executeUpdate();
    }

    @Override
    public long quarantinedBatchesOf(long deviceId) {
        return em.createQuery("select count(q) from QuarantinedBatch q where q.deviceId = :d", Long.class)
                .setParameter("d", deviceId).getSingleResult();
    }
}
