package org.liberta.witness.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liberta.courts.api.WitnessNeed;
import org.liberta.witness.internal.application.AttendanceRules.PlannedTask;
import org.liberta.witness.internal.application.AttendanceRules.Risk;
import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.WitnessTask.Kind;

class AttendanceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27); // a Friday

    @Test
    void theCallComesTwoWeeksAheadAndSupportAFewDaysAhead() {
        List<PlannedTask> tasks = AttendanceRules.tasksFor(EnumSet.of(WitnessNeed.TRANSPORT, WitnessNeed.INTERPRETER,
                WitnessNeed.ALLOWANCE), TODAY.plusDays(30), TODAY);
        assertEquals(List.of(new PlannedTask(Kind.CALL, TODAY.plusDays(16)),
                new PlannedTask(Kind.BOOK_TRANSPORT, TODAY.plusDays(27)),
                new PlannedTask(Kind.PAY_ALLOWANCE, TODAY.plusDays(28)),
                new PlannedTask(Kind.BOOK_INTERPRETER, TODAY.plusDays(23))), tasks);
    }

    @Test
    void aHearingSoonGetsEverythingDueTodayAndASafetyConcernAtOnce() {
        List<PlannedTask> tasks = AttendanceRules.tasksFor(EnumSet.of(WitnessNeed.ESCORT, WitnessNeed.PROTECTION),
                TODAY.plusDays(2), TODAY);
        assertEquals(List.of(new PlannedTask(Kind.CALL, TODAY), new PlannedTask(Kind.ASSIGN_ESCORT, TODAY),
                new PlannedTask(Kind.CHECK_SAFETY, TODAY)), tasks);
    }

    private static Attendance attendanceInDays(int days) {
        return new Attendance(1, 2, 3, 4, TODAY.plusDays(days).atTime(10, 0));
    }

    @Test
    void aWitnessNotConfirmedTwoDaysBeforeIsAtRiskButNotEarlier() {
        assertEquals(List.of(Risk.UNCONFIRMED), AttendanceRules.risks(attendanceInDays(2), false, null, TODAY));
        assertEquals(List.of(), AttendanceRules.risks(attendanceInDays(3), false, null, TODAY));
        Attendance confirmed = attendanceInDays(1);
        confirmed.advanceTo(Attendance.Status.TRANSPORT_BOOKED);
        assertEquals(List.of(), AttendanceRules.risks(confirmed, false, true, TODAY), "booked transport is past confirmed");
    }

    @Test
    void failedCallsAnOpenConcernAndAMissedHearingEachPutTheHearingAtRisk() {
        Attendance unreachable = attendanceInDays(10);
        unreachable.contactFailed();
        unreachable.contactFailed();
        assertEquals(List.of(), AttendanceRules.risks(unreachable, false, null, TODAY), "two failed calls are not yet a risk");
        unreachable.contactFailed();
        assertEquals(List.of(Risk.CONTACT_FAILED, Risk.INTIMIDATION, Risk.MISSED_LAST_HEARING),
                AttendanceRules.risks(unreachable, true, false, TODAY));
    }

    @Test
    void theLadderOnlyMovesUpAndTheOutcomeIsToldByTheNextWorkingDay() {
        Attendance a = attendanceInDays(5);
        a.advanceTo(Attendance.Status.CONFIRMED);
        assertEquals(false, a.advanceTo(Attendance.Status.NOTIFIED), "a late 'told' call does not undo a confirmation");
        assertEquals(Attendance.Status.CONFIRMED, a.getStatus());
        assertEquals(LocalDate.of(2026, 11, 30), AttendanceRules.nextWorkingDay(TODAY), "Friday's adjournment: Monday");
        assertEquals(LocalDate.of(2026, 11, 26), AttendanceRules.nextWorkingDay(LocalDate.of(2026, 11, 25)));
    }
}
