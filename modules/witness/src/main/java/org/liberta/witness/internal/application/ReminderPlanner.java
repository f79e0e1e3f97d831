package org.liberta.witness.internal.application;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liberta.courts.api.CaseWitness;
import org.liberta.courts.api.WitnessId;
import org.liberta.courts.api.CourtRecords;
import org.liberta.platform.api.Programmes;
import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.Reminder;
import org.liberta.witness.internal.domain.ReminderRepository;
import org.liberta.witness.internal.domain.WitnessRepository;

/**
 * Plans each attendance's reminders once: as soon as the attendance is planned, and otherwise (attendances that
 * came in bulk, or were planned while this was failing) on the scheduler's next run. A witness's contact rule is
 * applied when a reminder is sent, so a rule changed later still counts.
 */
@ApplicationScoped
@Transactional
public class ReminderPlanner {

    @Inject
    private WitnessRepository repository;

    @Inject
    private ReminderRepository reminders;

    @Inject
    private CourtRecords courts;

    @Inject
    private Programmes programmes;

    /** Court-local hours in which no reminder is sent, e.g. "21-8" (LIBERTA_REMINDER_QUIET_HOURS). */
    @Inject
    @ConfigProperty(name = "liberta.reminder.quiet.hours", defaultValue = "21-8")
    private String quietHours;

    /**
     * Plans reminders for up to {@code limit} attendances still to come whose reminders were never planned, in one
     * transaction; answers how many attendances it took (0 when none is left).
     */
    public int planMissing(Instant now, int limit) {
        // A day's margin either side of any court's time zone; the schedule itself leaves out what has passed.
        List<Attendance> unplanned = reminders.attendancesWithoutReminders(
                LocalDateTime.ofInstant(now, ZoneOffset.UTC).minusDays(1), limit);
        if (!unplanned.isEmpty()) {
            plan(unplanned, courts.witnesses(unplanned.stream().map(Attendance::witness).toList()), now);
            // One statement marks the batch, rather than a thousand dirty-checked updates.
            reminders.markRemindersPlanned(unplanned.stream().map(Attendance::getId).toList());
        }
        return unplanned.size();
    }

    /** The reminders of one attendance just planned (the courts' event), marked as planned. */
    void planNow(Attendance attendance, CaseWitness witness) {
        plan(List.of(attendance), Map.of(witness.id(), witness), Instant.now());
        attendance.remindersPlanned();
    }

    /**
     * Reminders by e-mail where the witness has an address, else by SMS where they have a phone; a witness with
     * neither is reached by the staff call the plan already holds. The caller marks the attendances planned.
     */
    void plan(Collection<Attendance> attendances, Map<WitnessId, CaseWitness> witnesses, Instant now) {
        ReminderSchedule.QuietHours quiet = ReminderSchedule.QuietHours.parse(quietHours);
        Map<Long, String> countries = new HashMap<>();
        for (Attendance attendance : attendances) {
            CaseWitness w = witnesses.get(attendance.witness());
            Reminder.Channel channel = w == null ? null : w.reachableByEmail() ? Reminder.Channel.EMAIL
                    : w.reachableByPhone() ? Reminder.Channel.SMS : null;
            if (channel == null) {
                continue;
            }
            String country = countries.computeIfAbsent(attendance.getProgrammeId(),
                    p -> programmes.byId(p).map(s -> s.country()).orElse(""));
            for (ReminderSchedule.Planned r : ReminderSchedule.plan(attendance.getHearingAt(),
                    ReminderSchedule.courtZone(country), quiet, now)) {
                repository.save(new Reminder(attendance, r.offsetCode(), r.dueAt(), channel));
            }
        }
    }
}
