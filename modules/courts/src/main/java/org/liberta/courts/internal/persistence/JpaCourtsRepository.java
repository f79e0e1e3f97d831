package org.liberta.courts.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.liberta.courts.api.VerdictOutcome;
import org.liberta.courts.internal.domain.Accused;
import org.liberta.courts.internal.domain.Court;
import org.liberta.courts.internal.domain.CourtCase;
import org.liberta.courts.internal.domain.CourtsRepository;
import org.liberta.courts.internal.domain.Hearing;
import org.liberta.courts.internal.domain.StageChange;
import org.liberta.platform.api.persistence.JpqlConditions;

@ApplicationScoped
public class JpaCourtsRepository implements CourtsRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public <T> T save(T entity) {
        em.persist(entity);
        return entity;
    }

    @Override
    public Optional<Court> courtByName(String name) {
        return em.createQuery("select c from Court c where c.nameKey = :k", Court.class)
                .setParameter("k", Court.key(name)).getResultStream().findFirst();
    }

    @Override
    public Optional<Court> court(long id) {
        return Optional.ofNullable(em.find(Court.class, id));
    }

    @Override
    public Optional<CourtCase> courtCase(long id) {
        return Optional.ofNullable(em.find(CourtCase.class, id));
    }

    @Override
    public boolean caseNumberTaken(long courtId, String caseNumber) {
        return em.createQuery("select count(c) from CourtCase c where c.courtId = :court and c.caseNumber = :n", Long.class)
                .setParameter("court", courtId).setParameter("n", caseNumber).getSingleResult() > 0;
    }

    @Override
    public List<CourtCase> cases(CaseFilter filter, CaseSort sort, int offset, int limit) {
        String order;
        switch (sort) {
            case OLDEST:
                order = " order by c.filedOn, c.id";
                break;
            case CASE_NUMBER:
                order = " order by c.caseNumber, c.id";
                break;
            default:
                // Cases with a hearing coming first, soonest first; those without one after them.
                order = " order by case when c.nextHearingAt is null then 1 else 0 end, c.nextHearingAt, c.id";
        }
        TypedQuery<CourtCase> query = caseQuery("select c", filter, order, CourtCase.class)
                .setFirstResult(offset).setMaxResults(limit);
        query.setHint("eclipselink.batch.type", "IN");
        query.setHint("eclipselink.batch", "c.offences");
        query.setHint("eclipselink.batch", "c.victimSurvivorIds");
        return query.getResultList();
    }

    @Override
    public long countCases(CaseFilter filter) {
        return caseQuery("select count(c)", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> caseQuery(String select, CaseFilter f, String order, Class<T> type) {
        JpqlConditions where = new JpqlConditions()
                .always("c.programmeId in :programmes", "programmes", f.programmeIds())
                .whenGiven(f.courtId(), "c.courtId = :court", "court")
                .whenGiven(f.stage(), "c.stage = :stage", "stage")
                .whenGiven(f.status(), "c.status = :status", "status")
                .whenGiven(f.caseNumberPrefix(), "c.caseNumber like :prefix", "prefix");
        return where.bind(em.createQuery(select + " from CourtCase c" + where.where() + order, type));
    }

    @Override
    public List<Accused> accusedOf(long caseId) {
        return em.createQuery("select a from Accused a where a.caseId = :c order by a.id", Accused.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<Accused> accused(long id) {
        return Optional.ofNullable(em.find(Accused.class, id));
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
    public List<StageChange> stagesOf(long caseId) {
        return em.createQuery("select s from StageChange s where s.caseId = :c order by s.changedOn, s.id",
                StageChange.class).setParameter("c", caseId).getResultList();
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

    @Override
    public long countArrested(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        return em.createQuery("select count(a) from Accused a where a.programmeId in :p"
                + " and a.arrestedOn between :from and :to", Long.class)
                .setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public long countCasesSupported(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        return em.createQuery("select count(c) from CourtCase c where c.programmeId in :p"
                + " and c.supportStart <= :to and (c.supportEnd is null or c.supportEnd >= :from)", Long.class)
                .setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public long countConvicted(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        return em.createQuery("select count(a) from Accused a where a.programmeId in :p and a.verdict = :convicted"
                + " and a.verdictOn between :from and :to", Long.class)
                .setParameter("p", programmeIds).setParameter("convicted", VerdictOutcome.CONVICTED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public Set<Long> victimsInPendingCases(Collection<Long> survivorIds) {
        return new HashSet<>(em.createQuery("select distinct v from CourtCase c join c.victimSurvivorIds v"
                + " where v in :s and c.status = :pending", Long.class)
                .setParameter("s", survivorIds).setParameter("pending", CourtCase.Status.PENDING).getResultList());
    }

    @Override
    public boolean isVictimInProgrammes(long survivorId, Collection<Long> programmeIds) {
        return !programmeIds.isEmpty() && em.createQuery("select count(c) from CourtCase c join c.victimSurvivorIds v"
                + " where v = :s and c.programmeId in :p", Long.class)
                .setParameter("s", survivorId).setParameter("p", programmeIds).getSingleResult() > 0;
    }
}
