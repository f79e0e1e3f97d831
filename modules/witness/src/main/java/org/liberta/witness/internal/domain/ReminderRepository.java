package org.liberta.witness.internal.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The reminder outbox's storage: reminders due and claimed by one instance at a time, a hearing's reminders, and the
 * attendances whose reminders were never planned. Saved through {@link WitnessRepository#save}.
 */
public interface ReminderRepository {

    /** Reminders waiting to go: pending, their (next) attempt due, not claimed by a live instance; oldest first. */
    List<Long> dueReminderIds(Instant now, int limit);

    /**
     * Claims a reminder for one instance until a time, atomically: answers false when another instance holds a
     * live claim on it or it is no longer pending (a row lock serialises two claimants).
     */
    boolean claimReminder(long id, String instance, Instant until, Instant now);

    Optional<Reminder> reminder(long id);

    List<Reminder> remindersOfHearing(long hearingId);

    /**
     * Attendances at hearings from {@code from} on whose reminders were never planned (an import, an outage), oldest
     * first, at most {@code limit}.
     */
    List<Attendance> attendancesWithoutReminders(LocalDateTime from, int limit);

    /** Marks the attendances' reminders as planned, in one statement. */
    void markRemindersPlanned(Collection<Long> attendanceIds);
}
