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
    public List<Court> courtsByKeys(Collection<String> nameKeys) {
        if (nameKeys.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Court c where c.nameKey in :k", Court.class)
                .setParameter("k", nameKeys).getResultList();
    }

    @Override
    public List<CourtCase> casesAt(Collection<Long> courtIds, Collection<String> caseNumbers) {
        if (courtIds.isEmpty() || caseNumbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from CourtCase c where c.courtId in :courts and c.caseNumber in :numbers",
                CourtCase.class).setParameter("courts", courtIds).setParameter("numbers", caseNumbers).getResultList();
    }

    @Override
    public List<Hearing> hearingsOfCases(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select h from Hearing h where h.caseId in :c", Hearing.class)
                .setParameter("c", caseIds).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void writeAtCommit() {
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
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

    private static final List<org.liberta.courts.api.CaseStage> TRIAL_STAGES = List.of(
            org.liberta.courts.api.CaseStage.CHARGE_FRAMING, org.liberta.courts.api.CaseStage.PROSECUTION_WITNESSES,
            org.liberta.courts.api.CaseStage.DEFENCE, org.liberta.courts.api.CaseStage.ARGUMENTS,
            org.liberta.courts.api.CaseStage.JUDGMENT, org.liberta.courts.api.CaseStage.TRIAL,
            org.liberta.courts.api.CaseStage.SENTENCING);

    @Override
    public long countPendingFiledBetween(long programmeId, LocalDate olderThan, LocalDate notAfter) {
        JpqlConditions where = new JpqlConditions()
                .always("c.programmeId = :p", "p", programmeId)
                .always("c.status = :pending", "pending", CourtCase.Status.PENDING)
                .whenGiven(olderThan, "c.filedOn > :older", "older")
                .whenGiven(notAfter, "c.filedOn <= :newer", "newer");
        return where.bind(em.createQuery("select count(c) from CourtCase c" + where.where(), Long.class)).getSingleResult();
    }

    @Override
    public java.util.Map<Long, Long> pendingByCourt(long programmeId) {
        return grouped("c.courtId", programmeId);
    }

    @Override
    public java.util.Map<String, Long> pendingByDistrict(long programmeId) {
        return grouped("c.district", programmeId);
    }

    @Override
    public java.util.Map<org.liberta.courts.api.CaseStage, Long> pendingByStage(long programmeId) {
        return grouped("c.stage", programmeId);
    }

    /** Pending cases counted by one attribute (a fixed fragment chosen in code), largest group first. */
    @SuppressWarnings("unchecked")
    private <K> java.util.Map<K, Long> grouped(String attribute, long programmeId) {
        java.util.Map<K, Long> counts = new java.util.LinkedHashMap<>();
        em.createQuery("select " + attribute + ", count(c) from CourtCase c where c.programmeId = :p"
                + " and c.status = :pending group by " + attribute + " order by count(c) desc", Object[].class)
                .setParameter("p", programmeId).setParameter("pending", CourtCase.Status.PENDING).getResultList()
                .forEach(r -> counts.put((K) r[0], (Long) r[1]));
        return counts;
    }

    @Override
    public Long medianPendingAgeDays(long programmeId, LocalDate today) {
        long pending = countPendingFiledBetween(programmeId, null, null);
        if (pending == 0) {
            return null;
        }
        LocalDate filed = em.createQuery("select c.filedOn from CourtCase c where c.programmeId = :p"
                + " and c.status = :pending order by c.filedOn", LocalDate.class)
                .setParameter("p", programmeId).setParameter("pending", CourtCase.Status.PENDING)
                .setFirstResult((int) ((pending - 1) / 2)).setMaxResults(1).getSingleResult();
        return java.time.temporal.ChronoUnit.DAYS.between(filed, today);
    }

    @Override
    public long countFiled(long programmeId, LocalDate from, LocalDate to) {
        return em.createQuery("select count(c) from CourtCase c where c.programmeId = :p"
                + " and c.filedOn between :from and :to", Long.class)
                .setParameter("p", programmeId).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public long countDisposed(long programmeId, LocalDate from, LocalDate to) {
        return em.createQuery("select count(c) from CourtCase c where c.programmeId = :p"
                + " and c.disposedOn between :from and :to", Long.class)
                .setParameter("p", programmeId).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public long countDisposedWithConviction(long programmeId, LocalDate from, LocalDate to) {
        return em.createQuery("select count(distinct c.id) from CourtCase c, Accused a where a.caseId = c.id"
                + " and c.programmeId = :p and c.disposedOn between :from and :to and a.verdict = :convicted", Long.class)
                .setParameter("p", programmeId).setParameter("from", from).setParameter("to", to)
                .setParameter("convicted", VerdictOutcome.CONVICTED).getSingleResult();
    }

    @Override
    public Long dispositionDaysAt(long programmeId, LocalDate from, LocalDate to, int percentile) {
        long n = em.createQuery("select count(c) from CourtCase c where c.programmeId = :p"
                + " and c.disposedOn between :from and :to and c.dispositionDays is not null", Long.class)
                .setParameter("p", programmeId).setParameter("from", from).setParameter("to", to).getSingleResult();
        if (n == 0) {
            return null;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * n);
        Integer days = em.createQuery("select c.dispositionDays from CourtCase c where c.programmeId = :p"
                + " and c.disposedOn between :from and :to and c.dispositionDays is not null"
                + " order by c.dispositionDays", Integer.class)
                .setParameter("p", programmeId).setParameter("from", from).setParameter("to", to)
                .setFirstResult(Math.max(0, rank - 1)).setMaxResults(1).getSingleResult();
        return days.longValue();
    }

    @Override
    public long countHearingsWithOutcome(long programmeId, LocalDate from, LocalDate to, boolean heldOnly) {
        TypedQuery<Long> query = em.createQuery("select count(h) from Hearing h where h.programmeId = :p"
                + " and h.scheduledAt >= :from and h.scheduledAt < :to and "
                + (heldOnly ? "h.outcome = :held" : "h.outcome is not null"), Long.class)
                .setParameter("p", programmeId).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay());
        if (heldOnly) {
            query.setParameter("held", Hearing.Outcome.HELD);
        }
        return query.getSingleResult();
    }

    @Override
    public java.util.Map<org.liberta.courts.api.AdjournmentReason, Long> adjournmentsByReason(long programmeId,
            LocalDate from, LocalDate to) {
        java.util.Map<org.liberta.courts.api.AdjournmentReason, Long> counts = new java.util.LinkedHashMap<>();
        em.createQuery("select h.adjournmentReason, count(h) from Hearing h where h.programmeId = :p"
                + " and h.outcome = :adjourned and h.scheduledAt >= :from and h.scheduledAt < :to"
                + " group by h.adjournmentReason order by count(h) desc", Object[].class)
                .setParameter("p", programmeId).setParameter("adjourned", Hearing.Outcome.ADJOURNED)
                .setParameter("from", from.atStartOfDay()).setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultList().forEach(r -> counts.put((org.liberta.courts.api.AdjournmentReason) r[0], (Long) r[1]));
        return counts;
    }

    @Override
    public long countPendingTrialsStartedBefore(long programmeId, LocalDate day) {
        return em.createQuery("select count(distinct c.id) from CourtCase c, StageChange s where s.caseId = c.id"
                + " and c.programmeId = :p and c.status = :pending and s.stage in :trial and s.changedOn <= :day", Long.class)
                .setParameter("p", programmeId).setParameter("pending", CourtCase.Status.PENDING)
                .setParameter("trial", TRIAL_STAGES).setParameter("day", day).getSingleResult();
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
