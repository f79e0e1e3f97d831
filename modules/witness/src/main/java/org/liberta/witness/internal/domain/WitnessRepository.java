package org.liberta.witness.internal.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Storage of attendance plans and their tasks, and the one place any witness programme record is saved. Reminders,
 * escorts and safety have repositories of their own; the figures are in {@code WitnessFigureQueries}.
 */
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

    Optional<WitnessTask> task(long id);

    List<WitnessTask> tasksOf(Collection<Long> attendanceIds);

    /** Open tasks of the programmes due on or before the day, by hearing and due day, at most {@code limit}. */
    List<WitnessTask> openTasksDue(Collection<Long> programmeIds, LocalDate dueBy, int limit);

    /** How many open tasks of the kind the programmes have due on or before the day. */
    long countOpenTasksDue(Collection<Long> programmeIds, LocalDate dueBy, WitnessTask.Kind kind);

    List<Attendance> attendancesByIds(Collection<Long> ids);

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
    Set<Long> withSafetyCheckOpen(Collection<Long> attendanceIds);
}
