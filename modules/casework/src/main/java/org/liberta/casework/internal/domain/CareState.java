package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A stretch of a survivor's care over which nothing the cared-for indicators ask changes: whether an episode had
 * begun and how long the latest lasts, the police rung reached, the recovery assessment current. A survivor's care
 * is kept as these segments (table cw_care_state, V9) so that "survivors cared for in a period, by where they stood
 * at its end" reads one row per survivor from one index instead of joining three tables per survivor.
 *
 * @param validFrom        a day on which care started, or an engagement or assessment was recorded
 * @param validUntil       the next such day, {@link #OPEN} while this is the latest segment
 * @param careUntil        the latest last day among the episodes started by {@code validFrom}, {@link #OPEN} while
 *                         one of them is open; cared for in [from, to] means a segment holding {@code to} whose
 *                         care lasted until {@code from} or later
 * @param ladderRank       the ladder rank of the engagement current in the segment, null before any
 * @param assessmentNumber the number of the assessment current in the segment, null before any
 * @param areasImproved    that assessment's areas improved on the first, null before any
 */
public record CareState(LocalDate validFrom, LocalDate validUntil, LocalDate careUntil, Integer ladderRank,
        Integer assessmentNumber, Integer areasImproved) {

    /** The end of what has no end yet (an open episode, the latest segment): a date every period ends before. */
    public static final LocalDate OPEN = LocalDate.of(9999, 12, 31);

    /**
     * One survivor's segments from their first day in care, from all their episodes and their engagements and
     * assessments as restated by {@link PoliceEngagement#restateLadder} and
     * {@link RecoveryAssessment#restateHistory}: the same rows as V9__care_state.sql states for existing care.
     */
    public static List<CareState> restate(Collection<CareEpisode> episodes, Collection<PoliceEngagement> engagements,
            Collection<RecoveryAssessment> assessments) {
        Optional<LocalDate> firstInCare = episodes.stream().map(CareEpisode::day).min(LocalDate::compareTo);
        if (firstInCare.isEmpty()) {
            return List.of();
        }
        TreeSet<LocalDate> changes = new TreeSet<>();
        episodes.forEach(e -> changes.add(e.day()));
        engagements.forEach(e -> changes.add(e.day()));
        assessments.forEach(a -> changes.add(a.day()));
        List<LocalDate> days = List.copyOf(changes.tailSet(firstInCare.get(), true));
        List<CareState> segments = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            LocalDate careUntil = episodes.stream().filter(e -> !e.day().isAfter(day))
                    .map(e -> e.getEndOn() == null ? OPEN : e.getEndOn()).max(LocalDate::compareTo).orElseThrow();
            Optional<PoliceEngagement> engagement = engagements.stream()
                    .filter(e -> current(e.day(), e.getSupersededOn(), day)).findFirst();
            Optional<RecoveryAssessment> assessment = assessments.stream()
                    .filter(a -> current(a.day(), a.getSupersededOn(), day)).findFirst();
            segments.add(new CareState(day, i + 1 < days.size() ? days.get(i + 1) : OPEN, careUntil,
                    engagement.map(PoliceEngagement::getLadderRank).orElse(null),
                    assessment.map(RecoveryAssessment::getAssessmentNumber).orElse(null),
                    assessment.map(RecoveryAssessment::getAreasImproved).orElse(null)));
        }
        return segments;
    }

    /** Whether a record made on {@code made} and superseded on {@code superseded} (or never) stands on {@code day}. */
    private static boolean current(LocalDate made, LocalDate superseded, LocalDate day) {
        return !made.isAfter(day) && (superseded == null || superseded.isAfter(day));
    }
}
