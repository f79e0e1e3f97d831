package org.liberta.witness.internal.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of attendance plans and tasks; the JPA implementation holds every query. */
public interface WitnessRepository {

    <T> T save(T entity);

    /** Sends pending inserts now, so rows that reference them (tasks of an attendance) can follow. */
    void flush();

    Optional<Attendance> attendance(long id);

    Optional<Attendance> attendance(long hearingId, long witnessId);

    List<Attendance> attendancesOf(long hearingId);

    /** Attendances at hearings of the programmes between two instants, earliest first. */
    List<Attendance> attendancesBetween(Collection<Long> programmeIds, LocalDateTime from, LocalDateTime to);

    /** The witnesses' attendances whose result was recorded (did they come?), a handful per witness. */
    List<Attendance> recordedAttendances(Collection<Long> witnessIds);

    /** Reminders waiting to go: pending, their (next) attempt due, not claimed by a live instance; oldest first. */
    List<Long> dueReminderIds(java.time.Instant now, int limit);

    /**
     * Claims a reminder for one instance until a time, atomically: answers false when another instance holds a
     * live claim on it or it is no longer pending (a row lock serialises two claimants).
     */
    boolean claimReminder(long id, String instance, java.time.Instant until, java.time.Instant now);

    Optional<Reminder> reminder(long id);

    List<Reminder> remindersOfHearing(long hearingId);

    /**
     * Witnesses whose attendance was recorded at hearings of the programmes in the period (the hearing sat);
     * {@code attendedOnly}: only those who came.
     */
    java.util.Map<Long, Long> countRecordedAttendances(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            boolean attendedOnly, org.liberta.platform.api.indicators.Tally tally);

    /** The attendances {@link #countRecordedAttendances} counts, a page at a time, by hearing time. */
    java.util.List<Attendance> recordedAttendances(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            boolean attendedOnly, int first, int max);

    List<Staff> staffOf(Collection<Long> programmeIds);

    Optional<Staff> staff(long id);

    /** Staff ids away on the day. */
    java.util.Set<Long> absentOn(Collection<Long> staffIds, LocalDate day);

    List<EscortAssignment> escortsOn(Collection<Long> programmeIds, LocalDate day);

    Optional<EscortAssignment> escortOf(long attendanceId);

    Optional<WitnessTask> task(long id);

    List<WitnessTask> tasksOf(Collection<Long> attendanceIds);

    /** Open tasks of the programmes due on or before the day, by hearing and due day, at most {@code limit}. */
    List<WitnessTask> openTasksDue(Collection<Long> programmeIds, LocalDate dueBy, int limit);

    /** How many open tasks of the kind the programmes have due on or before the day. */
    long countOpenTasksDue(Collection<Long> programmeIds, LocalDate dueBy, WitnessTask.Kind kind);

    List<Attendance> attendancesByIds(Collection<Long> ids);

    /**
     * Attendances at hearings from {@code from} on whose reminders were never planned (an import, an outage), oldest
     * first, at most {@code limit}.
     */
    List<Attendance> attendancesWithoutReminders(LocalDateTime from, int limit);

    /** Marks the attendances' reminders as planned, in one statement. */
    void markRemindersPlanned(Collection<Long> attendanceIds);

    /**
     * The attendances of the programmes' hearings in [from, to) not yet recorded that may put their hearing at risk,
     * narrowed in the database (unconfirmed close to the day, contact failing, a concern or safety check open, a
     * missed hearing before); the rules decide on each.
     */
    List<Attendance> atRiskCandidates(Collection<Long> programmeIds, LocalDateTime from, LocalDateTime to,
            LocalDateTime confirmBy, int failedContacts);

    /** The witness's attendances at hearings from {@code from} on, earliest first. */
    List<Attendance> attendancesOfWitnessFrom(long witnessId, LocalDateTime from);

    /** Of the attendances, those with a safety check still open. */
    java.util.Set<Long> withSafetyCheckOpen(Collection<Long> attendanceIds);

    Optional<ContactRule> contactRule(long witnessId);

    List<ContactRule> contactRules(Collection<Long> witnessIds);

    Optional<Concern> concern(long id);

    List<Concern> concernsOf(long witnessId);

    /** Of the witnesses, those with an intimidation concern open. */
    java.util.Set<Long> withOpenConcern(Collection<Long> witnessIds);

    /** One row of the programme's figures: a group's key, attendances at hearings that sat, and those who came. */
    record AttendanceCount(String key, long required, long attended) {
    }

    /** By witness role, court, or month ("yyyy-MM"): attendances recorded at hearings in [from, to). */
    List<AttendanceCount> attendanceBy(String grouping, Collection<Long> programmeIds, LocalDateTime from, LocalDateTime to);

    /** Attendances at hearings in [from, to) that sat, and of those how many had confirmed beforehand. */
    long[] confirmations(Collection<Long> programmeIds, LocalDateTime from, LocalDateTime to);

    /** Reminders due in [from, to) by state. */
    java.util.Map<Reminder.State, Long> remindersByState(Collection<Long> programmeIds, java.time.Instant from,
            java.time.Instant to);

    /** When the programme first planned a witness for a hearing at each court: the day it began there. */
    java.util.Map<String, LocalDateTime> programmeStartByCourt(Collection<Long> programmeIds);
}
