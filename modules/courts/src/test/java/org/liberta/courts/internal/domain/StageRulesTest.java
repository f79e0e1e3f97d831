package org.liberta.courts.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.liberta.courts.api.CaseStage;
import org.liberta.courts.api.ChargingDecision;
import org.liberta.courts.api.Track;
import org.liberta.platform.api.FieldError;

class StageRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static CourtCase filed(LocalDate on, CaseStage stage) {
        return Saved.withId(new CourtCase(1, "Tr. 1/2020", 7, "Jessore", on, stage, null, null,
                Set.of(), Set.of()), 1L);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aCaseMovesForwardAlongItsOwnTrackOnADayThatMakesSense() {
        CourtCase c = filed(LocalDate.of(2020, 1, 10), CaseStage.FIR);
        assertTrue(StageRules.problems(c, Track.SOUTH_ASIA, CaseStage.CHARGE_SHEET, LocalDate.of(2020, 5, 1), null, null, TODAY).isEmpty(),
                "skipping ahead is allowed: stages are often recorded late");
        assertEquals(List.of("stage"), fields(StageRules.problems(c, Track.SOUTH_ASIA, CaseStage.TRIAL,
                LocalDate.of(2020, 5, 1), null, null, TODAY)), "a UK stage on a Bangladeshi case");
        assertEquals(List.of("date"), fields(StageRules.problems(c, Track.SOUTH_ASIA, CaseStage.INVESTIGATION,
                LocalDate.of(2020, 1, 9), null, null, TODAY)), "before the case was filed");
        assertEquals(List.of("date"), fields(StageRules.problems(c, Track.SOUTH_ASIA, CaseStage.INVESTIGATION,
                TODAY.plusDays(1), null, null, TODAY)), "in the future");
        assertTrue(StageRules.problems(c, Track.SOUTH_ASIA, CaseStage.INVESTIGATION, LocalDate.of(2020, 1, 10), null, null, TODAY)
                .isEmpty(), "the filing day itself is fine");

        c.advance(CaseStage.CHARGE_FRAMING, LocalDate.of(2021, 2, 1), null, null);
        assertEquals(List.of("stage"), fields(StageRules.problems(c, Track.SOUTH_ASIA, CaseStage.CHARGE_SHEET,
                LocalDate.of(2021, 3, 1), null, null, TODAY)), "no going back");
        assertEquals(List.of("stage"), fields(StageRules.problems(c, Track.SOUTH_ASIA, CaseStage.CHARGE_FRAMING,
                LocalDate.of(2021, 3, 1), null, null, TODAY)), "nor standing still");
        assertEquals(List.of("date"), fields(StageRules.problems(c, Track.SOUTH_ASIA, CaseStage.DEFENCE,
                LocalDate.of(2021, 1, 31), null, null, TODAY)), "before the current stage was reached");
    }

    @Test
    void aDisposedCaseCanOnlyGoToAppeal() {
        CourtCase c = filed(LocalDate.of(2020, 1, 10), CaseStage.JUDGMENT);
        c.dispose(LocalDate.of(2022, 6, 1), "VERDICTS");
        assertTrue(StageRules.problems(c, Track.SOUTH_ASIA, CaseStage.APPEAL, LocalDate.of(2022, 7, 1), null, null, TODAY).isEmpty());
        CourtCase uk = filed(LocalDate.of(2020, 1, 10), CaseStage.POLICE_REFERRAL);
        uk.dispose(LocalDate.of(2020, 3, 1), "NO_FURTHER_ACTION");
        assertEquals(List.of("stage"), fields(StageRules.problems(uk, Track.UK, CaseStage.TRIAL, LocalDate.of(2020, 4, 1),
                null, null, TODAY)));
    }

    @Test
    void theCpsDecisionIsRecordedWithItsReasonUnlessItIsACharge() {
        CourtCase c = filed(LocalDate.of(2020, 1, 10), CaseStage.POLICE_REFERRAL);
        LocalDate day = LocalDate.of(2020, 6, 1);
        assertEquals(List.of("decision"), fields(StageRules.problems(c, Track.UK, CaseStage.CPS_CHARGING_DECISION, day,
                null, null, TODAY)));
        assertTrue(StageRules.problems(c, Track.UK, CaseStage.CPS_CHARGING_DECISION, day, ChargingDecision.CHARGE, null, TODAY).isEmpty());
        assertEquals(List.of("reason"), fields(StageRules.problems(c, Track.UK, CaseStage.CPS_CHARGING_DECISION, day,
                ChargingDecision.NO_FURTHER_ACTION, " ", TODAY)));
        assertTrue(StageRules.problems(c, Track.UK, CaseStage.CPS_CHARGING_DECISION, day,
                ChargingDecision.NO_FURTHER_ACTION, "insufficient evidence", TODAY).isEmpty());
        assertEquals(List.of("decision"), fields(StageRules.problems(c, Track.UK, CaseStage.TRIAL, day,
                ChargingDecision.CHARGE, null, TODAY)), "other stages take no decision");
    }

    @Test
    void theTrackFollowsTheProgrammesCountry() {
        assertEquals(Track.UK, Track.ofCountry("GB"));
        assertEquals(Track.SOUTH_ASIA, Track.ofCountry("BD"));
        assertEquals(CaseStage.FIR, CaseStage.first(Track.SOUTH_ASIA));
        assertEquals(CaseStage.POLICE_REFERRAL, CaseStage.first(Track.UK));
    }
}
