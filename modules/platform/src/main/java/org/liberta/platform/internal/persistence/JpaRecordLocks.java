package org.liberta.platform.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.liberta.platform.api.ConflictException;
import org.liberta.platform.api.domain.VersionedEntity;
import org.liberta.platform.api.persistence.RecordLocks;

/** {@link RecordLocks} on the shared persistence unit: a refresh with a pessimistic write lock, then the check. */
@ApplicationScoped
public class JpaRecordLocks implements RecordLocks {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public <T extends VersionedEntity> T forEdit(T record, Long versionSeen, String conflict) {
        em.refresh(record, LockModeType.PESSIMISTIC_WRITE);
        if (versionSeen != null && !record.isVersion(versionSeen)) {
            throw new ConflictException(conflict);
        }
        return record;
    }

    @Override
    public void writeNow() {
        em.flush();
    }
}
