package org.liberta.witness.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liberta.casework.api.Gender;
import org.liberta.witness.internal.application.EscortPlanner.Candidate;
import org.liberta.witness.internal.application.EscortPlanner.Need;

class EscortPlannerTest {

    private static final Candidate SHIRIN = new Candidate(1, Gender.FEMININE, "Jessore");
    private static final Candidate NASIMA = new Candidate(2, Gender.FEMININE, "Dhaka");
    private static final Candidate RAFIQ = new Candidate(3, Gender.MASCULINE, "Jessore");

    @Test
    void aWitnessWhoAskedForAWomanGetsOneEvenWhenAManIsCloser() {
        Map<Long, Long> plan = EscortPlanner.propose(List.of(new Need(10, "Khulna", Gender.FEMININE)), List.of(RAFIQ, NASIMA));
        assertEquals(2L, plan.get(10L));
    }

    @Test
    void theCourtsDistrictIsPreferredAndNobodyIsBookedTwice() {
        Map<Long, Long> plan = EscortPlanner.propose(List.of(new Need(10, "Jessore", null), new Need(11, "Jessore", null),
                new Need(12, "Jessore", null), new Need(13, "Jessore", null)), List.of(NASIMA, SHIRIN, RAFIQ));
        assertEquals(1L, plan.get(10L), "from Jessore");
        assertEquals(3L, plan.get(11L), "the other one from Jessore");
        assertEquals(2L, plan.get(12L), "then whoever is left");
        assertNull(plan.get(13L), "three staff escort three witnesses, not four");
    }

    @Test
    void witnessesWithAGenderRequestAreServedFirst() {
        // Planned in id order, the first would take the only woman free and leave the second without an escort.
        Map<Long, Long> plan = EscortPlanner.propose(List.of(new Need(10, "Jessore", null),
                new Need(11, "Dhaka", Gender.FEMININE)), List.of(SHIRIN, RAFIQ));
        assertEquals(1L, plan.get(11L));
        assertEquals(3L, plan.get(10L));
    }
}
