package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liberta.casework.api.InvestigationOutcome;

/** Storage of casework records; the JPA implementation holds every query. */
public interface CaseworkRepository {

    <T> T save(T entity);

    Optional<Survivor> survivor(long id);

    Optional<Survivor> survivorByReference(String reference);

    boolean pseudonymTaken(long programmeId, String pseudonym);

    /** Locks (creating if needed) the reference counter of a programme and year. */
    ReferenceCounter lockReferenceCounter(String programmeCode, int year);

    /** One page of the caseload: open and closed survivors of the programmes, next due first. */
    List<Survivor> caseload(CaseloadFilter filter, int offset, int limit);

    long countCaseload(CaseloadFilter filter);

    /** Every event of one survivor, for the timeline (a survivor has hundreds, not millions). */
    List<CareEvent> events(long survivorId);

    /** Closed, not yet anonymised survivors of a programme whose case closed before the day, oldest first. */
    List<Survivor> closedBefore(long programmeId, LocalDate closedBefore, int limit);

    Optional<RetentionPolicy> retentionPolicy(long programmeId);

    /**
     * For bulk writes (imports): this transaction's inserts go to the database together at commit, in JDBC
     * batches, instead of being flushed before every query. Queries then do not see this transaction's unflushed
     * rows, so the caller must keep track of what it has already created.
     */
    void writeAtCommit();

    /** Removes every free-text note from the survivor's events (anonymisation); returns how many rows changed. */
    int clearFreeText(long survivorId);

    /** Survivors of the programmes in id order, a slice at a time, for exports that stream. */
    List<Survivor> survivorsForExport(Collection<Long> programmeIds, int offset, int limit);

    /**
     * For anonymous statistics: id, programme id, gender, birth year, nationality and intake date of every
     * survivor of the programmes who consents to anonymous statistics (withdrawn consent drops them out).
     */
    List<Object[]> statisticsFacts(Collection<Long> programmeIds);

    /** Pairs of survivor id and exploitation type for the programmes. */
    List<Object[]> exploitationOf(Collection<Long> programmeIds);

    java.util.Map<Long, Long> countRemovals(Collection<Long> programmeIds, LocalDate from, LocalDate to, org.liberta.platform.api.indicators.Tally tally);

    java.util.Map<Long, Long> countSurvivorsRepatriated(Collection<Long> programmeIds, LocalDate from, LocalDate to, org.liberta.platform.api.indicators.Tally tally);

    /** An investigation's outcomes, as the engagement deep dive reads them. */
    record InvestigationOutcomes(long id, java.util.Map<InvestigationOutcome, Integer> found) {
    }

    /** Investigations open in [from, to] that a survivor of the programmes took part in. */
    java.util.List<InvestigationOutcomes> investigationsOpen(Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /** The survivors who took part in each investigation. */
    java.util.Map<Long, java.util.List<Long>> investigationSurvivors(Collection<Long> investigationIds);

    /** Each survivor's highest police engagement rank reached by the day. */
    java.util.Map<Long, Integer> highestPoliceLevels(Collection<Long> survivorIds, LocalDate by);

    /** The records behind removals, survivors cared for or repatriated, by reference and pseudonym only. */
    java.util.List<org.liberta.platform.api.indicators.IndicatorRecord> removalRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max);

    java.util.List<org.liberta.platform.api.indicators.IndicatorRecord> caredForRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max);

    /** Survivors cared for whose highest police engagement rank by the period's end lies in [minRank, maxRank]. */
    java.util.List<org.liberta.platform.api.indicators.IndicatorRecord> policeLevelRecords(Collection<Long> programmeIds, LocalDate from,
            LocalDate to, int minRank, int maxRank, int first, int max);

    /** Survivors cared for with two or more recovery assessments by the period's end. */
    java.util.List<org.liberta.platform.api.indicators.IndicatorRecord> assessedTwiceRecords(Collection<Long> programmeIds, LocalDate from,
            LocalDate to, int first, int max);

    /** Survivors cared for whose latest assessment by the period's end beats their first in a key area. */
    java.util.List<org.liberta.platform.api.indicators.IndicatorRecord> improvedRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max);

    /** The people {@link #countPreventionReached} counts, each once, by pseudonym. */
    java.util.List<org.liberta.platform.api.indicators.IndicatorRecord> preventionReachedRecords(
            Collection<Long> programmeIds, LocalDate from, LocalDate to, int first, int max);

    /**
     * One programme's survivors in care during a period, and of them how many stood on each police rung by its end
     * ({@code byRung[rank]}, rank 0 for "none" recorded), had been assessed twice, and had improved.
     */
    record CaredFor(long programmeId, long survivors, long[] byRung, long assessedTwice, long improved) {
    }

    /** {@link CaredFor} for each of the programmes, in one statement. */
    java.util.List<CaredFor> countCaredForFamily(Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /**
     * The investigations open in the period, involving survivors of the programmes, that add to an outcome's sum
     * (outcome above 0), by opening day: "INV-" and the id (never the police reference), the lowest of those
     * programmes among its survivors', the opening day and the outcome.
     */
    java.util.List<org.liberta.platform.api.indicators.IndicatorRecord> investigationRecords(InvestigationOutcome outcome,
            Collection<Long> programmeIds, LocalDate from, LocalDate to, int first, int max);

    /** How many investigations {@link #investigationRecords} lists. */
    long countInvestigationsAddingTo(InvestigationOutcome outcome, Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /** One survivor's care episodes, in no particular order. */
    java.util.List<CareEpisode> careEpisodesOf(long survivorId);

    /** Replaces one survivor's care state (see {@link CareState}) with these segments. */
    void restateCareState(long survivorId, long programmeId, java.util.List<CareState> segments);

    /** One survivor's police engagements, in no particular order. */
    java.util.List<PoliceEngagement> policeEngagementsOf(long survivorId);

    /** One survivor's recovery assessments, in no particular order. */
    java.util.List<RecoveryAssessment> assessmentsOf(long survivorId);

    /** Follow-ups in the period (of one contact mode unless null), each with its survivor's reference. */
    java.util.List<org.liberta.platform.api.indicators.IndicatorRecord> followUpRecords(Collection<Long> programmeIds, LocalDate from,
            LocalDate to, org.liberta.casework.api.ContactMode mode, int first, int max);

    java.util.List<org.liberta.platform.api.indicators.IndicatorRecord> retraffickedRecords(Collection<Long> programmeIds, LocalDate from,
            LocalDate to, int first, int max);

    java.util.List<org.liberta.platform.api.indicators.IndicatorRecord> repatriatedRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max);

    Optional<PreventionParticipant> participant(long programmeId, String pseudonym);

    List<PreventionSession> recentPreventionSessions(java.util.Collection<Long> programmeIds, int limit);

    java.util.Map<Long, Long> countPreventionReached(Collection<Long> programmeIds, LocalDate from, LocalDate to, org.liberta.platform.api.indicators.Tally tally);

    Optional<Investigation> investigationByReference(String policeReference);

    List<Investigation> investigationsOf(long survivorId);

    /** One outcome summed over the distinct investigations open in the period that involve the programmes. */
    java.util.Map<Long, Long> sumInvestigationOutcome(InvestigationOutcome outcome, Collection<Long> programmeIds, LocalDate from, LocalDate to,
            org.liberta.platform.api.indicators.Tally tally);

    java.util.Map<Long, Long> countRetrafficked(Collection<Long> programmeIds, LocalDate from, LocalDate to, org.liberta.platform.api.indicators.Tally tally);

    /** Follow-ups in the period by programme and then by how contact was made, in one statement. */
    java.util.Map<Long, java.util.Map<org.liberta.casework.api.ContactMode, Long>> countFollowUpsByMode(
            Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /** Filters of the caseload; {@code overdueOn} set means only survivors whose next contact is before that day. */
    /** {@code status} null means open and closed cases alike. */
    record CaseloadFilter(Collection<Long> programmeIds, LocalDate overdueOn, boolean withoutPoliceContact,
            Survivor.Status status) {
    }
}
