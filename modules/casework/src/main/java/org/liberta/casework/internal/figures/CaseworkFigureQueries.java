package org.liberta.casework.internal.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.liberta.casework.api.ContactMode;
import org.liberta.casework.api.InvestigationOutcome;
import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.Tally;

/**
 * The statements behind casework's figures: counts for a period over programmes, each in one statement, and the
 * records behind each figure, a page at a time, by reference and pseudonym only. The read side of casework, apart
 * from the repository of its records ({@code CaseworkRepository}), which keeps what care itself needs.
 */
public interface CaseworkFigureQueries {

    Map<Long, Long> countRemovals(Collection<Long> programmeIds, LocalDate from, LocalDate to, Tally tally);

    Map<Long, Long> countSurvivorsRepatriated(Collection<Long> programmeIds, LocalDate from, LocalDate to, Tally tally);

    /** An investigation's outcomes, as the engagement deep dive reads them. */
    record InvestigationOutcomes(long id, Map<InvestigationOutcome, Integer> found) {
    }

    /** Investigations open in [from, to] that a survivor of the programmes took part in. */
    List<InvestigationOutcomes> investigationsOpen(Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /** The survivors who took part in each investigation. */
    Map<Long, List<Long>> investigationSurvivors(Collection<Long> investigationIds);

    /** Each survivor's highest police engagement rank reached by the day. */
    Map<Long, Integer> highestPoliceLevels(Collection<Long> survivorIds, LocalDate by);

    /** The records behind removals, survivors cared for or repatriated, by reference and pseudonym only. */
    List<IndicatorRecord> removalRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max);

    List<IndicatorRecord> caredForRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max);

    /** Survivors cared for whose highest police engagement rank by the period's end lies in [minRank, maxRank]. */
    List<IndicatorRecord> policeLevelRecords(Collection<Long> programmeIds, LocalDate from,
            LocalDate to, int minRank, int maxRank, int first, int max);

    /** Survivors cared for with two or more recovery assessments by the period's end. */
    List<IndicatorRecord> assessedTwiceRecords(Collection<Long> programmeIds, LocalDate from,
            LocalDate to, int first, int max);

    /** Survivors cared for whose latest assessment by the period's end beats their first in a key area. */
    List<IndicatorRecord> improvedRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max);

    /** The people {@link #countPreventionReached} counts, each once, by pseudonym. */
    List<IndicatorRecord> preventionReachedRecords(
            Collection<Long> programmeIds, LocalDate from, LocalDate to, int first, int max);

    /**
     * One programme's survivors in care during a period, and of them how many stood on each police rung by its end
     * ({@code byRung[rank]}, rank 0 for "none" recorded), had been assessed twice, and had improved.
     */
    record CaredFor(long programmeId, long survivors, long[] byRung, long assessedTwice, long improved) {
    }

    /** {@link CaredFor} for each of the programmes, in one statement. */
    List<CaredFor> countCaredForFamily(Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /**
     * The investigations open in the period, involving survivors of the programmes, that add to an outcome's sum
     * (outcome above 0), by opening day: "INV-" and the id (never the police reference), the lowest of those
     * programmes among its survivors', the opening day and the outcome.
     */
    List<IndicatorRecord> investigationRecords(InvestigationOutcome outcome,
            Collection<Long> programmeIds, LocalDate from, LocalDate to, int first, int max);

    /** How many investigations {@link #investigationRecords} lists. */
    long countInvestigationsAddingTo(InvestigationOutcome outcome, Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /** Follow-ups in the period (of one contact mode unless null), each with its survivor's reference. */
    List<IndicatorRecord> followUpRecords(Collection<Long> programmeIds, LocalDate from,
            LocalDate to, ContactMode mode, int first, int max);

    List<IndicatorRecord> retraffickedRecords(Collection<Long> programmeIds, LocalDate from,
            LocalDate to, int first, int max);

    List<IndicatorRecord> repatriatedRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max);

    Map<Long, Long> countPreventionReached(Collection<Long> programmeIds, LocalDate from, LocalDate to, Tally tally);

    /** One outcome summed over the distinct investigations open in the period that involve the programmes. */
    Map<Long, Long> sumInvestigationOutcome(InvestigationOutcome outcome, Collection<Long> programmeIds, LocalDate from, LocalDate to,
            Tally tally);

    Map<Long, Long> countRetrafficked(Collection<Long> programmeIds, LocalDate from, LocalDate to, Tally tally);

    /** Follow-ups in the period by programme and then by how contact was made, in one statement. */
    Map<Long, Map<ContactMode, Long>> countFollowUpsByMode(
            Collection<Long> programmeIds, LocalDate from, LocalDate to);
}
