package org.liberta.courts.internal.persistence;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.courts.internal.domain.Hearing;
import org.liberta.courts.internal.domain.HearingRepository;

/** Hearings in JPA. */
@ApplicationScoped
public class JpaHearingRepository implements HearingRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public List<Hearing> hearingsOfCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select h from Hearing h where h.caseId in :c", Hearing.class)
                .setParameter("c", caseIds).getResultList();
    }

    @Override
    public long countHearingsBetween(Collection<Long> programmeIds, LocalDateTime from, LocalDateTime to) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(h) from Hearing h where h.programmeId in :p"
                + " and h.scheduledAt >= :from and h.scheduledAt < :to", Long.class).setParameter("p", programmeIds)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public List<Hearing> hearingsByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select h from Hearing h where h.id in :ids", Hearing.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Hearing> openHearingsFrom(long caseId, LocalDateTime from) {
        return em.createQuery("select h from Hearing h where h.caseId = :c and h.outcome is null and h.scheduledAt >= :from"
                + " order by h.scheduledAt, h.id", Hearing.class).setParameter("c", caseId).setParameter("from", from)
                .getResultList();
    }

    @Override
    public List<Hearing> hearingsOf(long caseId) {
        return em.createQuery("select h from Hearing h where h.caseId = :c order by h.scheduledAt desc, h.id desc",
                Hearing.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<Hearing> hearing(long id) {
        return Optional.ofNullable(em.find(Hearing.class, id));
    }

    @Override
    public List<Hearing> diary(Collection<Long> programmeIds, LocalDateTime from, LocalDateTime to, int limit) {
        return em.createQuery("select h from Hearing h where h.programmeId in :p and h.scheduledAt >= :from"
                + " and h.scheduledAt < :to order by h.scheduledAt, h.id", Hearing.class)
                .setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Hearing> nextOpenHearing(long caseId) {
        return em.createQuery("select h from Hearing h where h.caseId = :c and h.outcome is null"
                + " order by h.scheduledAt, h.id", Hearing.class).setParameter("c", caseId).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
