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
import org.liberta.courts.api.CustodyChanged;
import org.liberta.courts.api.HearingScheduled;
import org.liberta.courts.api.WitnessAdded;
import org.liberta.witness.internal.domain.Attendance;
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
    private ReminderPlanner reminders;

    @Inject
    private SafetyChecks safetyChecks;

    void hearingScheduled(@Observes HearingScheduled e) {
        if (e.scheduledAt().toLocalDate().isBefore(LocalDate.now())) {
            return; // history being recorded or imported: there is nobody to bring to a past hearing
        }
        HearingInfo hearing = courts.hearing(e.hearingId()).orElseThrow();
        for (CaseWitness w : courts.witnessesOf(e.caseId())) {
            plan(hearing, w);
        }
    }

    void witnessAdded(@Observes WitnessAdded e) {
        CaseWitness witness = courts.witness(e.witnessId()).orElseThrow();
        for (HearingInfo h : courts.upcomingHearings(e.caseId())) {
            plan(h, witness);
        }
    }

    void hearingAdjourned(@Observes HearingAdjourned e) {
        LocalDate informBy = AttendanceRules.nextWorkingDay(LocalDate.now());
        List<Attendance> attendances = repository.attendancesOf(e.hearingId().value());
        List<WitnessTask> open = repository.tasksOf(attendances.stream().map(Attendance::getId).toList());
        open.forEach(WitnessTask::cancel);
        for (Attendance a : attendances) {
            repository.save(new WitnessTask(a, WitnessTask.Kind.INFORM_OUTCOME, informBy));
        }
    }

    /**
     * An accused bailed, released or at large (issue 35): every witness of the case is checked on before their next
     * hearing, and is at risk on the hearing board until someone has.
     */
    void custodyChanged(@Observes CustodyChanged e) {
        if (!e.leftCustody()) {
            return;
        }
        for (CaseWitness w : courts.witnessesOf(e.caseId())) {
            safetyChecks.askBeforeNextHearing(w.id().value());
        }
    }

    private void plan(HearingInfo h, CaseWitness w) {
        if (repository.attendance(h.id().value(), w.id().value()).isPresent()) {
            return;
        }
        Attendance attendance = repository.save(new Attendance(h.id().value(), h.caseId().value(), h.programmeId(), w.id().value(),
                h.scheduledAt().toLocalDateTime()).describedAs(w.role().name(), h.court()));
        repository.flush(); // its tasks reference it
        for (AttendanceRules.PlannedTask t : AttendanceRules.tasksFor(w.needs(), h.scheduledAt().toLocalDate(),
                LocalDate.now())) {
            repository.save(new WitnessTask(attendance, t.kind(), t.dueOn()));
        }
        reminders.planNow(attendance, w);
    }
}
