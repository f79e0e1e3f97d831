package org.liberta.training.internal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Storage of courses, sessions and attendance, and the one place any training record is saved or removed. Professionals
 * and certificates are found through their own repositories; the figures through {@code TrainingFigureQueries}.
 */
public interface TrainingRepository {

    <T> T save(T entity);

    void flush();

    Optional<Course> course(long id);

    Optional<Course> courseByTitleKey(String titleKey);

    List<Course> courses();

    Optional<TrainingSession> session(long id);

    /** Sessions of the programmes starting in [from, to], earliest first, a page at a time; and how many in all. */
    List<TrainingSession> sessions(Collection<Long> programmeIds, LocalDate from, LocalDate to, int first, int max);

    long countSessions(Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /** Sessions of the programmes with an attendee needing the work by {@code today}, latest first. */
    List<TrainingSession> sessionsNeeding(Collection<Long> programmeIds, AttendeeNeed need, LocalDate today, int first,
            int max);

    long countSessionsNeeding(Collection<Long> programmeIds, AttendeeNeed need, LocalDate today);

    /** Attendees of the programmes' sessions held by {@code today} who need the work. */
    long countAttendeesNeeding(Collection<Long> programmeIds, AttendeeNeed need, LocalDate today);

    /** Work an attendee of a session already held can be waiting for: the trainer's home page and session list. */
    enum AttendeeNeed {
        /** The course is assessed, and the attendee has no score after the training. */
        SCORES_MISSING,
        /** The attendee completed the session and has no certificate (a revoked one was a decision, not a gap). */
        CERTIFICATE_TO_ISSUE
    }

    /** Attendees per session, for the sessions given. */
    Map<Long, Long> attendeeCounts(Collection<Long> sessionIds);

    List<TrainingAttendance> attendanceOf(long sessionId);

    Optional<TrainingAttendance> attendance(long sessionId, long professionalId);

    /** Every attendance of the professional, newest first. */
    List<TrainingAttendance> attendanceOfProfessional(long professionalId);

    void remove(Object entity);
}
