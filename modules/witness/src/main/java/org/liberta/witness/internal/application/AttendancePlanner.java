package org.liberta.witness.internal.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.liberta.courts.api.CaseWitness;
import org.liberta.courts.api.CourtRecords;
import org.liberta.courts.api.HearingAdjourned;
import org.liberta.courts.api.HearingInfo;
import org.liberta.courts.api.HearingScheduled;
import org.liberta.courts.api.WitnessAdded;
import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.Reminder;
import org.liberta.witness.internal.domain.WitnessRepository;
import org.liberta.witness.internal.domain.WitnessTask;

/**
 * Keeps attendance plans in step with the courts, inside the courts' own transaction: a hearing scheduled gets a
 * plan for every witness of its case, a witness added gets a plan for every hearing to come, and an adjournment
 * closes the old plan's tasks and asks staff to tell each witness the outcome and the next date within one
 * working day (the next hearing is planned when it is scheduled).
 */
@ApplicationScoped
public class AttendancePlanner {

    @Inject
    private WitnessRepository repository;

    @Inject
    private CourtRecords courts;

    @Inject
    private org.liberta.platform.api.Programmes programmes;

    /** Court-local hours in which no reminder is sent, e.g. "21-8" (LIBERTA_REMINDER_QUIET_HOURS). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "liberta.reminder.quiet.hours", defaultValue = "21-8")
    private String quietHours;

    void hearingScheduled(@Observes HearingScheduled e) {
        if (e.scheduledAt().toLocalDate().isBefore(LocalDate.now())) {
            return; // history being recorded or imported: there is nobody to bring to a past hearing
        }
        List<CaseWitness> witnesses = courts.witnessesOf(e.caseId());
        for (CaseWitness w : witnesses) {
            plan(e.hearingId(), e.caseId(), e.programmeId(), e.scheduledAt(), w);
        }
    }

    void witnessAdded(@Observes WitnessAdded e) {
        CaseWitness witness = courts.witnesses(List.of(e.witnessId())).get(e.witnessId());
        for (HearingInfo h : courts.upcomingHearings(e.caseId())) {
            plan(h.id(), h.caseId(), h.programmeId(), h.scheduledAt(), witness);
        }
    }

    void hearingAdjourned(@Observes HearingAdjourned e) {
        LocalDate informBy = AttendanceRules.nextWorkingDay(LocalDate.now());
        List<Attendance> attendances = repository.attendancesOf(e.hearingId());
        List<WitnessTask> open = repository.tasksOf(attendances.stream().map(Attendance::getId).toList());
        open.forEach(WitnessTask::cancel);
        for (Attendance a : attendances) {
            repository.save(new WitnessTask(a, WitnessTask.Kind.INFORM_OUTCOME, informBy));
        }
    }

    private void plan(long hearingId, long caseId, long programmeId, java.time.LocalDateTime at, CaseWitness w) {
        if (repository.attendance(hearingId, w.id()).isPresent()) {
            return;
        }
        Attendance attendance = repository.save(new Attendance(hearingId, caseId, programmeId, w.id(), at));
        repository.flush(); // its tasks reference it
        for (AttendanceRules.PlannedTask t : AttendanceRules.tasksFor(w.needs(), at.toLocalDate(), LocalDate.now())) {
            repository.save(new WitnessTask(attendance, t.kind(), t.dueOn()));
        }
        planReminders(attendance, w);
    }

    /**
     * Reminders by e-mail where the witness has an address, else by SMS where they have a phone; a witness with
     * neither is reached by the staff call the plan already holds.
     */
    private void planReminders(Attendance attendance, CaseWitness w) {
        Reminder.Channel channel = w.reachableByEmail() ? Reminder.Channel.EMAIL
                : w.reachableByPhone() ? Reminder.Channel.SMS : null;
        if (channel == null) {
            return;
        }
        String country = programmes.byId(attendance.getProgrammeId()).map(p -> p.country()).orElse(null);
        for (ReminderSchedule.Planned r : ReminderSchedule.plan(attendance.getHearingAt(),
                ReminderSchedule.courtZone(country), ReminderSchedule.QuietHours.parse(quietHours), java.time.Instant.now())) {
            repository.save(new Reminder(attendance, r.offsetCode(), r.dueAt(), channel));
        }
    }
}
