package org.liberta.witness.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.liberta.courts.api.WitnessNeed;
import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.WitnessTask.Kind;

/**
 * The programme's rules, with no database in sight: which tasks a witness's needs call for and when they fall
 * due before a hearing, and when a witness puts a hearing at risk.
 */
final class AttendanceRules {

    /** A task to plan: what, and the day it falls due. */
    record PlannedTask(Kind kind, LocalDate dueOn) {
    }

    /** Why a hearing is at risk because of one witness. */
    enum Risk { UNCONFIRMED, CONTACT_FAILED, INTIMIDATION, MISSED_LAST_HEARING }

    /** Risk needs this many days' notice: a witness not confirmed two days before is at risk. */
    static final int CONFIRM_BY_DAYS = 2;
    static final int FAILED_CONTACTS = 3;

    private AttendanceRules() {
    }

    /**
     * The call that notifies and confirms comes two weeks ahead; support is arranged a few days ahead (lodging and
     * interpreters earlier, the allowance last); a safety check is due at once. Nothing falls due before today.
     */
    static List<PlannedTask> tasksFor(Set<WitnessNeed> needs, LocalDate hearingDay, LocalDate today) {
        List<PlannedTask> tasks = new ArrayList<>();
        tasks.add(new PlannedTask(Kind.CALL, notBefore(hearingDay.minusDays(14), today)));
        for (WitnessNeed need : needs) {
            switch (need) {
                case TRANSPORT -> tasks.add(new PlannedTask(Kind.BOOK_TRANSPORT, notBefore(hearingDay.minusDays(3), today)));
                case ESCORT -> tasks.add(new PlannedTask(Kind.ASSIGN_ESCORT, notBefore(hearingDay.minusDays(3), today)));
                case LODGING -> tasks.add(new PlannedTask(Kind.ARRANGE_LODGING, notBefore(hearingDay.minusDays(5), today)));
                case ALLOWANCE -> tasks.add(new PlannedTask(Kind.PAY_ALLOWANCE, notBefore(hearingDay.minusDays(2), today)));
                case CHILDCARE -> tasks.add(new PlannedTask(Kind.ARRANGE_CHILDCARE, notBefore(hearingDay.minusDays(3), today)));
                case INTERPRETER -> tasks.add(new PlannedTask(Kind.BOOK_INTERPRETER, notBefore(hearingDay.minusDays(7), today)));
                case PROTECTION -> tasks.add(new PlannedTask(Kind.CHECK_SAFETY, today));
                default -> throw new IllegalStateException("unplanned need " + need);
            }
        }
        return tasks;
    }

    private static LocalDate notBefore(LocalDate day, LocalDate today) {
        return day.isBefore(today) ? today : day;
    }

    /**
     * Why this witness puts their hearing at risk: not confirmed two days before, three failed attempts to reach
     * them, an intimidation concern still open, or they did not come to their last hearing.
     */
    static List<Risk> risks(Attendance a, boolean safetyCheckOpen, Boolean attendedLastHearing, LocalDate today) {
        List<Risk> risks = new ArrayList<>();
        if (!a.getStatus().isConfirmed() && !a.getHearingAt().toLocalDate().isAfter(today.plusDays(CONFIRM_BY_DAYS))) {
            risks.add(Risk.UNCONFIRMED);
        }
        if (a.getContactFailures() >= FAILED_CONTACTS) {
            risks.add(Risk.CONTACT_FAILED);
        }
        if (safetyCheckOpen) {
            risks.add(Risk.INTIMIDATION);
        }
        if (Boolean.FALSE.equals(attendedLastHearing)) {
            risks.add(Risk.MISSED_LAST_HEARING);
        }
        return risks;
    }

    /** The working day after {@code day} (Monday to Friday), by which a witness hears the outcome. */
    static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || next.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
