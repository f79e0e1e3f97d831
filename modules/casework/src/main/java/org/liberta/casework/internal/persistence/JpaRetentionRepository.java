package org.liberta.casework.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.casework.internal.domain.RetentionPolicy;
import org.liberta.casework.internal.domain.RetentionRepository;
import org.liberta.casework.internal.domain.Survivor;

@ApplicationScoped
public class JpaRetentionRepository implements RetentionRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public List<Survivor> closedBefore(long programmeId, LocalDate closedBefore, int limit) {
        return em.createQuery("select s from Survivor s where s.programmeId = :p and s.status = :closed"
                + " and s.closedOn < :before and s.anonymisedOn is null order by s.closedOn, s.id", Survivor.class)
                .setParameter("p", programmeId).setParameter("closed", Survivor.Status.CLOSED)
                .setParameter("before", closedBefore).setMaxResults(limit).getResultList();
    }

    @Override
    public int clearFreeText(long survivorId) {
        // Notes are written by people and may name people or places: anonymisation removes them all.
        int cleared = 0;
        for (String update : List.of("update FollowUp e set e.note = null where e.survivorId = :s and e.note is not null",
                "update RetraffickingIncident e set e.note = null where e.survivorId = :s and e.note is not null",
                "update VocationalSupport e set e.note = null, e.provider = null where e.survivorId = :s",
                "delete from CaseNote e where e.survivorId = :s")) {
            cleared += em.createQuery(update).setParameter("s", survivorId).executeUpdate();
        }
        return cleared;
    }

    @Override
    public Optional<RetentionPolicy> retentionPolicy(long programmeId) {
        return em.createQuery("select r from RetentionPolicy r where r.programmeId = :p", RetentionPolicy.class)
                .setParameter("p", programmeId).getResultStream().findFirst();
    }
}
