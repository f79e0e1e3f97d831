package org.liberta.casework.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;
import org.liberta.casework.api.PoliceEngagementLevel;
import org.liberta.casework.api.RecoveryArea;
import org.liberta.platform.api.domain.VersionedEntity;

/** What the recovery and police indicators read as of a period's end: restated whenever an event is recorded. */
class CareHistoriesTest {

    private long nextId = 100;
    private final Survivor survivor = withId(new Survivor(1, "BD-2021-0001", "Blue Heron", Gender.FEMININE, 1990, "BD",
            EnumSet.of(ExploitationType.FORCED_LABOUR), LocalDate.of(2021, 3, 1)));

    @Test
    void aBackDatedAssessmentBecomesTheFirstAndTheOthersAreRestatedAgainstIt() {
        RecoveryAssessment april = assessment(LocalDate.of(2021, 4, 1), Map.of(RecoveryArea.SAFETY, 2));
        RecoveryAssessment june = assessment(LocalDate.of(2021, 6, 1), Map.of(RecoveryArea.SAFETY, 3));
        RecoveryAssessment.restateHistory(List.of(june, april));
        assertEquals(1, april.getAssessmentNumber());
        assertEquals(LocalDate.of(2021, 6, 1), april.getSupersededOn());
        assertEquals(0, april.getAreasImproved(), "the first never beats itself");
        assertEquals(2, june.getAssessmentNumber());
        assertNull(june.getSupersededOn(), "the latest");
        assertEquals(1, june.getAreasImproved());

        // A March assessment scoring higher than June is recorded late: June no longer beats the (new) first.
        RecoveryAssessment march = assessment(LocalDate.of(2021, 3, 10), Map.of(RecoveryArea.SAFETY, 4));
        RecoveryAssessment.restateHistory(List.of(april, june, march));
        assertEquals(List.of(1, 2, 3), List.of(march.getAssessmentNumber(), april.getAssessmentNumber(),
                june.getAssessmentNumber()));
        assertEquals(LocalDate.of(2021, 4, 1), march.getSupersededOn());
        assertEquals(0, june.getAreasImproved());
        assertEquals(0, april.getAreasImproved());
    }

    @Test
    void onlyAreasScoredBothTimesCompareAndTheSameDayIsOrderedByRecord() {
        LocalDate day = LocalDate.of(2021, 5, 5);
        RecoveryAssessment first = assessment(day, Map.of(RecoveryArea.SAFETY, 3));
        RecoveryAssessment sameDay = assessment(day, Map.of(RecoveryArea.SAFETY, 3, RecoveryArea.HOUSING, 5));
        RecoveryAssessment.restateHistory(List.of(sameDay, first));
        assertEquals(1, first.getAssessmentNumber(), "recorded first");
        assertEquals(day, first.getSupersededOn(), "superseded the same day: as of that day the later one counts");
        assertEquals(0, sameDay.getAreasImproved(), "housing was not scored the first time; safety did not rise");
    }

    @Test
    void theLadderKeepsTheHighestRungReachedEvenWhenALaterEngagementIsLower() {
        PoliceEngagement abe = withId(new PoliceEngagement(survivor, LocalDate.of(2021, 5, 1),
                PoliceEngagementLevel.ABE_INTERVIEW));
        PoliceEngagement information = withId(new PoliceEngagement(survivor, LocalDate.of(2021, 7, 1),
                PoliceEngagementLevel.INFORMATION_ON_RECORD));
        PoliceEngagement.restateLadder(List.of(information, abe));
        assertEquals(PoliceEngagementLevel.ABE_INTERVIEW.rank(), abe.getLadderRank());
        assertEquals(LocalDate.of(2021, 7, 1), abe.getSupersededOn());
        assertEquals(PoliceEngagementLevel.ABE_INTERVIEW.rank(), information.getLadderRank(), "still an ABE interview");
        assertNull(information.getSupersededOn());

        // Intelligence provided in March, recorded late: May's ABE interview is still the highest from May on.
        PoliceEngagement intelligence = withId(new PoliceEngagement(survivor, LocalDate.of(2021, 3, 1),
                PoliceEngagementLevel.INTELLIGENCE_PROVIDED));
        PoliceEngagement.restateLadder(List.of(abe, information, intelligence));
        assertEquals(PoliceEngagementLevel.INTELLIGENCE_PROVIDED.rank(), intelligence.getLadderRank());
        assertEquals(LocalDate.of(2021, 5, 1), intelligence.getSupersededOn());
        assertEquals(PoliceEngagementLevel.ABE_INTERVIEW.rank(), information.getLadderRank());
    }

    @Test
    void careStateSegmentsStartInCareAndSayWhereTheSurvivorStoodUntilTheNextChange() {
        LocalDate march = LocalDate.of(2021, 3, 1);
        CareEpisode firstStay = withId(new CareEpisode(survivor, march, LocalDate.of(2021, 4, 30)));
        PoliceEngagement beforeCare = withId(new PoliceEngagement(survivor, LocalDate.of(2021, 1, 10),
                PoliceEngagementLevel.INFORMATION_ON_RECORD));
        PoliceEngagement abe = withId(new PoliceEngagement(survivor, LocalDate.of(2021, 6, 1),
                PoliceEngagementLevel.ABE_INTERVIEW));
        PoliceEngagement.restateLadder(List.of(beforeCare, abe));
        RecoveryAssessment first = assessment(LocalDate.of(2021, 3, 15), Map.of(RecoveryArea.SAFETY, 2));
        RecoveryAssessment second = assessment(LocalDate.of(2021, 7, 1), Map.of(RecoveryArea.SAFETY, 4));
        RecoveryAssessment.restateHistory(List.of(first, second));
        CareEpisode secondStay = withId(new CareEpisode(survivor, LocalDate.of(2021, 9, 1), null));

        List<CareState> segments = CareState.restate(List.of(secondStay, firstStay), List.of(abe, beforeCare),
                List.of(second, first));

        int information = PoliceEngagementLevel.INFORMATION_ON_RECORD.rank();
        int interview = PoliceEngagementLevel.ABE_INTERVIEW.rank();
        LocalDate april30 = LocalDate.of(2021, 4, 30);
        assertEquals(List.of(
                new CareState(march, LocalDate.of(2021, 3, 15), april30, information, null, null),
                new CareState(LocalDate.of(2021, 3, 15), LocalDate.of(2021, 6, 1), april30, information, 1, 0),
                // Out of care since April: June's interview and July's assessment still change where they stand.
                new CareState(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 7, 1), april30, interview, 1, 0),
                new CareState(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 9, 1), april30, interview, 2, 1),
                new CareState(LocalDate.of(2021, 9, 1), CareState.OPEN, CareState.OPEN, interview, 2, 1)), segments,
                "nothing before the first day in care; the engagement from before care is where they stood");
        assertEquals(List.of(), CareState.restate(List.of(), List.of(abe), List.of(first)), "never in care");
    }

    @Test
    void anOpenEpisodeKeepsCareOpenWhateverShorterEpisodeStartsLater() {
        CareEpisode open = withId(new CareEpisode(survivor, LocalDate.of(2020, 1, 1), null));
        CareEpisode overlapping = withId(new CareEpisode(survivor, LocalDate.of(2020, 6, 1), LocalDate.of(2020, 7, 1)));
        List<CareState> segments = CareState.restate(List.of(overlapping, open), List.of(), List.of());
        assertEquals(List.of(CareState.OPEN, CareState.OPEN), segments.stream().map(CareState::careUntil).toList());
        assertEquals(LocalDate.of(2020, 6, 1), segments.get(0).validUntil());
        assertNull(segments.get(1).ladderRank(), "no engagement yet");
    }

    private RecoveryAssessment assessment(LocalDate on, Map<RecoveryArea, Integer> scores) {
        return withId(new RecoveryAssessment(survivor, on, scores));
    }

    /** As persisting would: ids in the order records are made. */
    private <T extends VersionedEntity> T withId(T entity) {
        try {
            Field id = VersionedEntity.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, nextId++);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return entity;
    }
}
