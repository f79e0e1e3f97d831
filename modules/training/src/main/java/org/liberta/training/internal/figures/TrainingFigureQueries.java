package org.liberta.training.internal.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.Tally;
import org.liberta.training.internal.domain.Profession;

/**
 * The statements behind training's figures: professionals trained and attendances for a period (all, or of one
 * profession), the records behind each, and the aggregates of the training figures page (by profession, country,
 * course and organisation). The read side of training, apart from the repository of its records
 * ({@code TrainingRepository}).
 */
public interface TrainingFigureQueries {

    /**
     * Distinct professionals who completed a session of the programmes dated in [from, to]: PROFESSIONALS_TRAINED;
     * of one profession (as it was when they attended) unless {@code profession} is null.
     */
    Map<Long, Long> countProfessionalsTrained(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            Profession profession, Tally tally);

    /**
     * The professionals {@link #countProfessionalsTrained} counts, a page at a time, each once with the first day
     * they completed a session in the period and their organisation.
     */
    List<IndicatorRecord> professionalsTrainedRecords(
            Collection<Long> programmeIds, LocalDate from, LocalDate to, Profession profession, int first, int max);

    /** The attendances {@link #countAttendances} counts, a page at a time, by session day. */
    List<IndicatorRecord> attendanceRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max);

    /** Attendances (completed or not) at sessions of the programmes dated in [from, to]. */
    Map<Long, Long> countAttendances(Collection<Long> programmeIds, LocalDate from, LocalDate to, Tally tally);

    /**
     * Attendances of the period in one group of the breakdowns ({@code key} is the organisation for that breakdown,
     * else null): how many, how many had both scores, the sum of their gains, how many improved.
     */
    record GroupTotals(String profession, String country, Long courseId, String key, boolean completed, long attendances,
            long paired, long gainSum, long improved) {
    }

    /** The period's attendances by profession, country, course and completion: one aggregate query. */
    List<GroupTotals> figureGroups(Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /** The same by organisation (key) and completion. */
    List<GroupTotals> organisationGroups(Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /**
     * Distinct professionals who completed a session in the period, per value of the breakdown (profession, country,
     * course, organisation) or in all ("all" → key "all").
     */
    Map<String, Long> trainedBy(String grouping, Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /** An organisation's name as written, for each normalised key. */
    Map<String, String> organisationNames(Collection<String> keys);

    /**
     * Distinct professionals who completed a session in the period per profession and country (each person has one
     * of each, so these add up to either breakdown exactly): {@code [profession, country, count]}.
     */
    List<Object[]> trainedByProfessionAndCountry(Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /** Professionals who completed a session in the period, and those who completed two or more: one query. */
    long[] trainedAndRepeating(Collection<Long> programmeIds, LocalDate from, LocalDate to);
}
