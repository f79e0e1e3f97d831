package org.liberta.training.internal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of courses, sessions, professionals and attendance; the JPA implementation holds every query. */
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

    /** Attendees per session, for the sessions given. */
    Map<Long, Long> attendeeCounts(Collection<Long> sessionIds);

    Optional<Professional> professional(long id);

    Map<Long, Professional> professionals(Collection<Long> ids);

    /** The live (not merged) professional with this e-mail key. */
    Optional<Professional> professionalByEmail(String emailKey);

    /** Live professionals with this normalised name and organisation, oldest first. */
    List<Professional> professionalsByName(String nameKey, String organisationKey);

    List<TrainingAttendance> attendanceOf(long sessionId);

    Optional<TrainingAttendance> attendance(long sessionId, long professionalId);

    /**
     * Distinct professionals who completed a session of the programmes dated in [from, to]: PROFESSIONALS_TRAINED.
     */
    long countProfessionalsTrained(Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /** Attendances (completed or not) at sessions of the programmes dated in [from, to]. */
    long countAttendances(Collection<Long> programmeIds, LocalDate from, LocalDate to);
}
