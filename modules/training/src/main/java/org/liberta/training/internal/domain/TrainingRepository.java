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

    Optional<Professional> professional(long id);

    Map<Long, Professional> professionals(Collection<Long> ids);

    /** Live professionals holding any of these e-mail keys. */
    List<Professional> professionalsByEmails(Collection<String> emailKeys);

    /** Live professionals with any of these normalised names (any organisation). */
    List<Professional> professionalsByNames(Collection<String> nameKeys);

    List<TrainingAttendance> attendanceOf(long sessionId);

    Optional<TrainingAttendance> attendance(long sessionId, long professionalId);

    /**
     * Distinct professionals who completed a session of the programmes dated in [from, to]: PROFESSIONALS_TRAINED;
     * of one profession (as it was when they attended) unless {@code profession} is null.
     */
    java.util.Map<Long, Long> countProfessionalsTrained(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            Profession profession, org.liberta.platform.api.indicators.Tally tally);

    /**
     * The professionals {@link #countProfessionalsTrained} counts, a page at a time, each once with the first day
     * they completed a session in the period and their organisation.
     */
    java.util.List<org.liberta.platform.api.indicators.IndicatorRecord> professionalsTrainedRecords(
            Collection<Long> programmeIds, LocalDate from, LocalDate to, Profession profession, int first, int max);

    /** The attendances {@link #countAttendances} counts, a page at a time, by session day. */
    java.util.List<org.liberta.platform.api.indicators.IndicatorRecord> attendanceRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max);

    /** Attendances (completed or not) at sessions of the programmes dated in [from, to]. */
    java.util.Map<Long, Long> countAttendances(Collection<Long> programmeIds, LocalDate from, LocalDate to, org.liberta.platform.api.indicators.Tally tally);

    Optional<Certificate> certificate(long id);

    Optional<Certificate> certificateByCode(String code);

    /** The session's certificates, live or not. */
    List<Certificate> certificatesOfSession(long sessionId);

    /** Live certificates of the programmes expiring in [from, to], soonest first, a page at a time. */
    List<Certificate> expiringCertificates(Collection<Long> programmeIds, LocalDate from, LocalDate to, int first, int max);

    long countExpiringCertificates(Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /** Every attendance of the professional, newest first. */
    List<TrainingAttendance> attendanceOfProfessional(long professionalId);

    List<Certificate> certificatesOfProfessional(long professionalId);

    void remove(Object entity);

    /**
     * Live professionals who attended a session of the programmes, whose name or organisation contains the text
     * (normalised), a page at a time by name; and how many in all.
     */
    List<Professional> professionalsIn(Collection<Long> programmeIds, String text, int first, int max);

    long countProfessionalsIn(Collection<Long> programmeIds, String text);

    /** Live professionals at an organisation (normalised key). */
    List<Professional> professionalsAt(String organisationKey);

    /** Whether the professional attended a session of any of the programmes. */
    boolean attendedIn(long professionalId, Collection<Long> programmeIds);

    /**
     * Attendances of the period in one group of the breakdowns ({@code key} is the organisation for that breakdown,
     * else null): how many, how many had both scores, the sum of their gains, how many improved.
     */
    record GroupTotals(String profession, String country, Long courseId, String key, boolean completed, long attendances,
            long paired, long gainSum, long improved) {
    }

    /** The period's attendances by profession, country, course and completion: one aggregate query. */
    List<GroupTotals> figureGroups(Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /** The same by organisation (key) and completion. */
    List<GroupTotals> organisationGroups(Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /**
     * Distinct professionals who completed a session in the period, per value of the breakdown (profession, country,
     * course, organisation) or in all ("all" → key "all").
     */
    Map<String, Long> trainedBy(String grouping, Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /** An organisation's name as written, for each normalised key. */
    Map<String, String> organisationNames(Collection<String> keys);

    /**
     * Distinct professionals who completed a session in the period per profession and country (each person has one
     * of each, so these add up to either breakdown exactly): {@code [profession, country, count]}.
     */
    List<Object[]> trainedByProfessionAndCountry(Collection<Long> programmeIds, LocalDate from, LocalDate to);

    /** Professionals who completed a session in the period, and those who completed two or more: one query. */
    long[] trainedAndRepeating(Collection<Long> programmeIds, LocalDate from, LocalDate to);
}
