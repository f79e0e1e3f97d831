package org.liberta.courts.internal.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.courts.api.CaseStage;
import org.liberta.courts.api.VerdictOutcome;
import org.liberta.courts.internal.domain.CourtCase;
import org.liberta.courts.internal.domain.Hearing;
import org.liberta.courts.internal.figures.CourtFigureQueries;
import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.Tally;
import org.liberta.platform.api.persistence.IndicatorRecords;
import org.liberta.platform.api.persistence.JpqlConditions;
import org.liberta.platform.api.persistence.Tallies;

/** Courts' figures in SQL: aggregates in the database, never records loaded to be counted in Java. */
@ApplicationScoped
public class JpaCourtFigureQueries implements CourtFigureQueries {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public java.util.Map<Long, Long> countArrested(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            Tally tally) {
        return Tallies.run(tally, em.createQuery(tally.select("count(a)", "a.programmeId", "from Accused a"
                + " where a.programmeId in :p and a.arrestedOn between :from and :to")), programmeIds, from, to);
    }

    @Override
    public java.util.Map<Long, Long> countCasesSupported(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            Tally tally) {
        return Tallies.run(tally, em.createQuery(tally.select("count(c)", "c.programmeId", "from CourtCase c"
                + " where c.programmeId in :p and c.supportStart <= :to and (c.supportEnd is null or c.supportEnd >= :from)")),
                programmeIds, from, to);
    }

    @Override
    public java.util.Map<Long, Long> countPendingOn(Collection<Long> programmeIds, LocalDate day, Tally tally) {
        return Tallies.run(tally, em.createQuery(tally.select("count(c)", "c.programmeId", "from CourtCase c"
                + " where c.programmeId in :p and c.filedOn <= :to and (c.disposedOn is null or c.disposedOn > :from)")),
                programmeIds, day, day);
    }

    @Override
    public java.util.Map<Long, Long> countConvicted(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            Tally tally) {
        return Tallies.run(tally, em.createQuery(tally.select("count(a)", "a.programmeId", "from Accused a"
                + " where a.programmeId in :p and a.verdict = :convicted and a.verdictOn between :from and :to")),
                programmeIds, from, to, "convicted", VerdictOutcome.CONVICTED);
    }

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
        return em.createQuery("select count(c) from CourtCase c where c.programmeId = :p and c.disposedOn between :from"
                + " and :to and exists (select a from Accused a where a.caseId = c.id and a.verdict = :convicted)", Long.class)
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
    public List<OutcomeCount> hearingOutcomes(long programmeId, LocalDate from, LocalDate to) {
        return em.createQuery("select h.outcome, h.adjournmentReason, count(h) from Hearing h where h.programmeId = :p"
                + " and h.scheduledAt >= :from and h.scheduledAt < :to and h.outcome is not null"
                + " group by h.outcome, h.adjournmentReason", Object[].class)
                .setParameter("p", programmeId).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).getResultList().stream()
                .map(r -> new OutcomeCount((Hearing.Outcome) r[0], (org.liberta.courts.api.AdjournmentReason) r[1], (Long) r[2]))
                .toList();
    }

    @Override
    public List<org.liberta.courts.api.CourtMonth> hearingsByCourtAndMonth(java.util.Collection<Long> programmeIds,
            LocalDate from, LocalDate to) {
        return em.createQuery("select ct.name, function('YEAR', h.scheduledAt), function('MONTH', h.scheduledAt),"
                + " count(h), sum(case when h.adjournmentReason = :absent then 1 else 0 end)"
                + " from Hearing h, CourtCase c, Court ct where c.id = h.caseId and ct.id = c.courtId"
                + " and h.programmeId in :p and h.scheduledAt >= :from and h.scheduledAt < :to and h.outcome is not null"
                + " group by ct.name, function('YEAR', h.scheduledAt), function('MONTH', h.scheduledAt)", Object[].class)
                .setParameter("absent", org.liberta.courts.api.AdjournmentReason.WITNESS_ABSENT)
                .setParameter("p", programmeIds).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).getResultList().stream()
                .map(r -> new org.liberta.courts.api.CourtMonth((String) r[0],
                        java.time.YearMonth.of(((Number) r[1]).intValue(), ((Number) r[2]).intValue()),
                        ((Number) r[3]).longValue(), r[4] == null ? 0 : ((Number) r[4]).longValue()))
                .toList();
    }

    @Override
    public long countPendingTrialsStartedBefore(long programmeId, LocalDate day) {
        return em.createQuery("select count(c) from CourtCase c where c.programmeId = :p and c.status = :pending"
                + " and c.trialStartedOn <= :day", Long.class)
                .setParameter("p", programmeId).setParameter("pending", CourtCase.Status.PENDING)
                .setParameter("day", day).getSingleResult();
    }

    @Override
    public List<org.liberta.platform.api.indicators.IndicatorRecord> supportedCaseRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max) {
        return IndicatorRecords.page(em.createQuery("select c.caseNumber, c.programmeId, c.supportStart, c.district from CourtCase c"
                + " where c.programmeId in :p and c.supportStart <= :to and (c.supportEnd is null or c.supportEnd >= :from)"
                + " order by c.caseNumber, c.id", Object[].class), programmeIds, from, to, first, max);
    }

    @Override
    public List<org.liberta.platform.api.indicators.IndicatorRecord> pendingCaseRecords(Collection<Long> programmeIds,
            LocalDate day, int first, int max) {
        // As countPendingOn asks it: :from and :to are both the day.
        return IndicatorRecords.page(em.createQuery("select c.caseNumber, c.programmeId, c.filedOn, c.district from CourtCase c"
                + " where c.programmeId in :p and c.filedOn <= :to and (c.disposedOn is null or c.disposedOn > :from)"
                + " order by c.filedOn, c.caseNumber, c.id", Object[].class), programmeIds, day, day, first, max);
    }

    /** Accused by their case's number (an accused's alias is not shown: the figure is about the count). */
    @Override
    public List<org.liberta.platform.api.indicators.IndicatorRecord> arrestedRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max) {
        return IndicatorRecords.page(em.createQuery("select c.caseNumber, a.programmeId, a.arrestedOn, c.district from Accused a,"
                + " CourtCase c where c.id = a.caseId and a.programmeId in :p and a.arrestedOn between :from and :to"
                + " order by a.arrestedOn, a.id", Object[].class), programmeIds, from, to, first, max);
    }

    @Override
    public List<org.liberta.platform.api.indicators.IndicatorRecord> convictedRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max) {
        return IndicatorRecords.page(em.createQuery("select c.caseNumber, a.programmeId, a.verdictOn, c.district from Accused a,"
                + " CourtCase c where c.id = a.caseId and a.programmeId in :p and a.verdict = :convicted"
                + " and a.verdictOn between :from and :to order by a.verdictOn, a.id", Object[].class)
                .setParameter("convicted", VerdictOutcome.CONVICTED), programmeIds, from, to, first, max);
    }
}
