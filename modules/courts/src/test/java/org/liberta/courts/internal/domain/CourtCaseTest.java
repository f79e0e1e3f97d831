package org.liberta.courts.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liberta.courts.api.CaseStage;
import org.liberta.courts.api.ChargingDecision;

/** A case moves itself on, keeps the record of each move, and ends itself where the move ends it. */
class CourtCaseTest {

    private static CourtCase referred() {
        return Saved.withId(new CourtCase(1, "T20260001", 7, "Leeds", LocalDate.of(2026, 1, 5),
                CaseStage.POLICE_REFERRAL, null, null, Set.of(), Set.of()), 41L);
    }

    @Test
    void aMoveAnswersItsRecordAndTheCaseStandsAtTheNewStage() {
        CourtCase c = referred();
        StageChange change = c.advance(CaseStage.CPS_CHARGING_DECISION, LocalDate.of(2026, 2, 1),
                ChargingDecision.CHARGE, "charged with two offences");
        assertEquals(41L, change.getCaseId());
        assertEquals(CaseStage.CPS_CHARGING_DECISION, change.getStage());
        assertEquals(LocalDate.of(2026, 2, 1), change.getChangedOn());
        assertEquals("charged with two offences", change.getReason());
        assertEquals(CaseStage.CPS_CHARGING_DECISION, c.getStage());
        assertEquals(LocalDate.of(2026, 2, 1), c.getStageSince());
        assertEquals(CourtCase.Status.PENDING, c.getStatus());
        assertNull(c.getDisposedOn());
    }

    @Test
    void noFurtherActionEndsTheCaseThatDay() {
        CourtCase c = referred();
        c.advance(CaseStage.CPS_CHARGING_DECISION, LocalDate.of(2026, 3, 2), ChargingDecision.NO_FURTHER_ACTION, null);
        assertEquals(CourtCase.Status.DISPOSED, c.getStatus());
        assertEquals(LocalDate.of(2026, 3, 2), c.getDisposedOn());
        assertEquals("NO_FURTHER_ACTION", c.getDisposal());
    }

    @Test
    void aDisposedCaseTakesItsHistoryInAnyOrderButNoHearingAfterTheDisposal() {
        CourtCase c = referred();
        assertTrue(c.takesHearingOn(LocalDate.of(2030, 1, 1)), "a pending case takes any day");
        c.advance(CaseStage.CPS_CHARGING_DECISION, LocalDate.of(2026, 6, 1), ChargingDecision.NO_FURTHER_ACTION, null);
        assertTrue(c.takesHearingOn(LocalDate.of(2026, 2, 1)), "February's hearing, entered after June's disposal");
        assertTrue(c.takesHearingOn(LocalDate.of(2026, 6, 1)), "the disposal's own day");
        assertFalse(c.takesHearingOn(LocalDate.of(2026, 6, 2)));
    }
}
