package org.liberta.courts.internal.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.liberta.courts.api.CaseStage;
import org.liberta.courts.internal.domain.Hearing;
import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.Tally;

/**
 * The statements behind the courts' figures: the headline's arrests, prosecutions supported, convictions and
 * cases pending, the records behind each, and a programme's backlog (age, clearance, time to disposition, why
 * hearings were adjourned), each figure one aggregate statement. The read side of courts, apart from the
 * repository of cases, hearings and witnesses ({@code CourtsRepository}).
 */
public interface CourtFigureQueries {

    Map<Long, Long> countArrested(Collection<Long> programmeIds, LocalDate from, LocalDate to, Tally tally);

    Map<Long, Long> countCasesSupported(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            Tally tally);

    /** The cases behind "prosecutions supported", by case number. */
    List<IndicatorRecord> supportedCaseRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max);

    /** The cases pending on {@code day} (the backlog), by case number, with the day each was filed. */
    List<IndicatorRecord> pendingCaseRecords(Collection<Long> programmeIds,
            LocalDate day, int first, int max);

    /** The accused arrested, and those convicted, in the period, by their case's number. */
    List<IndicatorRecord> arrestedRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max);

    List<IndicatorRecord> convictedRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max);

    /** Cases filed by the day and not disposed of by it: the backlog on that day. */
    Map<Long, Long> countPendingOn(Collection<Long> programmeIds, LocalDate day,
            Tally tally);

    Map<Long, Long> countConvicted(Collection<Long> programmeIds, LocalDate from, LocalDate to, Tally tally);

    // The backlog (one programme): every figure one aggregate query.

    /** Pending cases filed after {@code olderThan} (exclusive) and on or before {@code notAfter}; null: no bound. */
    long countPendingFiledBetween(long programmeId, LocalDate olderThan, LocalDate notAfter);

    Map<Long, Long> pendingByCourt(long programmeId);

    Map<String, Long> pendingByDistrict(long programmeId);

    Map<CaseStage, Long> pendingByStage(long programmeId);

    /** Days since filing of the median pending case, or null when none is pending. */
    Long medianPendingAgeDays(long programmeId, LocalDate today);

    long countFiled(long programmeId, LocalDate from, LocalDate to);

    long countDisposed(long programmeId, LocalDate from, LocalDate to);

    long countDisposedWithConviction(long programmeId, LocalDate from, LocalDate to);

    /** The nearest-rank percentile of days to disposition of cases disposed in the period, or null. */
    Long dispositionDaysAt(long programmeId, LocalDate from, LocalDate to, int percentile);

    /** Hearings of the period that have an outcome, counted by outcome and adjournment reason in one pass. */
    List<OutcomeCount> hearingOutcomes(long programmeId, LocalDate from, LocalDate to);

    /** Hearings with a result per court and month, and those adjourned for an absent witness, in one query. */
    List<org.liberta.courts.api.CourtMonth> hearingsByCourtAndMonth(Collection<Long> programmeIds,
            LocalDate from, LocalDate to);

    record OutcomeCount(Hearing.Outcome outcome, org.liberta.courts.api.AdjournmentReason reason, long count) {
    }

    /** Pending cases whose trial had begun ({@link CaseStage#isTrial}) on or before the day. */
    long countPendingTrialsStartedBefore(long programmeId, LocalDate day);
}
