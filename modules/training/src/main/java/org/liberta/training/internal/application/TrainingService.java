package org.liberta.training.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ConflictException;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.TextFields;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.persistence.RecordLocks;
import org.liberta.platform.api.rest.PublishedAs;
import org.liberta.training.internal.domain.CertificateRepository;
import org.liberta.training.internal.domain.Course;
import org.liberta.training.internal.domain.ProfessionalKeys;
import org.liberta.training.internal.domain.TrainingRepository.AttendeeNeed;
import org.liberta.training.internal.domain.TrainingRepository;
import org.liberta.training.internal.domain.TrainingSession;

/**
 * Courses (shared by every programme) and sessions (each in one programme). Trainers, partners and administrators
 * record them; a session outside the caller's programmes is "not found".
 */
@ApplicationScoped
@Transactional
public class TrainingService {

    static final Role[] TRAINERS = {Role.TRAINER, Role.PARTNER, Role.ADMIN};

    @Inject
    private RecordLocks locks;

    @Inject
    private TrainingRepository repository;

    @Inject
    private CertificateRepository certificates;

    @Inject
    private Programmes programmes;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    public record NewCourse(String title, String topic, String objectives, String audience, Integer durationMinutes,
            String assessment, Integer scoreMin, Integer scoreMax, Integer validMonths) {
    }

    @PublishedAs("CourseView")
    public record CourseDetail(long id, String title, String topic, String objectives, String audience,
            Integer durationMinutes, String assessment, int scoreMin, int scoreMax, Integer validMonths, long version) implements Serializable {

        static CourseDetail of(Course c) {
            return new CourseDetail(c.getId(), c.getTitle(), c.getTopic(), c.getObjectives(), c.getAudience(),
                    c.getDurationMinutes(), c.getAssessment(), c.getScoreMin(), c.getScoreMax(), c.getValidMonths(),
                    c.getVersion());
        }
    }

    /**
     * A session as docs/api.md gives it ({@code date}, {@code trainer}), with an optional end date and the rest. The
     * course is {@code course} (its title: found case-insensitively, or created on first use) or {@code courseId}.
     */
    public record NewSession(String programme, String course, LocalDate date, LocalDate endDate, String location,
            Boolean online, String trainer, String partnerOrganisation, String audience, Long courseId) {
    }

    @PublishedAs("SessionView")
    public record SessionDetail(long id, String programme, long courseId, String course, LocalDate date, LocalDate endDate,
            String location, boolean online, String trainer, String partnerOrganisation, String audience, long attendees) implements Serializable {
    }

    public CourseDetail createCourse(NewCourse c) {
        caller.requireAnyRole(Role.TRAINER, Role.ADMIN);
        CheckedCourse checked = check(c);
        if (repository.courseByTitleKey(checked.key()).isPresent()) {
            throw new ConflictException("a course titled \"" + checked.title() + "\" already exists");
        }
        Course course = repository.save(new Course(checked.title(), checked.key(), checked.topic(), checked.objectives(),
                checked.audience(), c.durationMinutes(), checked.assessment(), checked.min(), checked.max(),
                c.validMonths()));
        repository.flush();
        audit.record(AuditActions.CREATE, "training-course", course.getId(), checked.title());
        return CourseDetail.of(course);
    }

    /** Revises a course; {@code version} is the one the editor saw (a stale one is a conflict). */
    public CourseDetail reviseCourse(long id, NewCourse c, Long version) {
        caller.requireAnyRole(Role.TRAINER, Role.ADMIN);
        Course course = repository.course(id).orElseThrow(() -> new NotFoundException("course"));
        CheckedCourse checked = check(c);
        locks.forEdit(course, version, "the course was changed by someone else; reload it");
        if (repository.courseByTitleKey(checked.key()).filter(other -> !other.getId().equals(course.getId())).isPresent()) {
            throw new ConflictException("a course titled \"" + checked.title() + "\" already exists");
        }
        course.revise(checked.title(), checked.key(), checked.topic(), checked.objectives(), checked.audience(),
                c.durationMinutes(), checked.assessment(), checked.min(), checked.max(), c.validMonths());
        repository.flush();
        audit.record(AuditActions.UPDATE, "training-course", id, checked.title());
        return CourseDetail.of(course);
    }

    private record CheckedCourse(String title, String key, String topic, String objectives, String audience,
            String assessment, int min, int max) {
    }

    private static CheckedCourse check(NewCourse c) {
        if (c == null) {
            throw InvalidInputException.of("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String title = TextFields.required(errors, "title", c.title(), 200);
        String topic = TextFields.optional(errors, "topic", c.topic(), 200);
        String objectives = TextFields.optional(errors, "objectives", c.objectives(), 2000);
        String audience = TextFields.optional(errors, "audience", c.audience(), 200);
        String assessment = TextFields.optional(errors, "assessment", c.assessment(), 200);
        int min = c.scoreMin() == null ? 0 : c.scoreMin();
        int max = c.scoreMax() == null ? 100 : c.scoreMax();
        if (min < 0) {
            errors.add(new FieldError("scoreMin", "must not be negative"));
        }
        if (max <= min) {
            errors.add(new FieldError("scoreMax", "must be above scoreMin"));
        }
        if (c.durationMinutes() != null && (c.durationMinutes() < 1 || c.durationMinutes() > 60 * 24 * 30)) {
            errors.add(new FieldError("durationMinutes", "must be between 1 minute and 30 days"));
        }
        if (c.validMonths() != null && (c.validMonths() < 1 || c.validMonths() > 240)) {
            errors.add(new FieldError("validMonths", "must be from 1 to 240 months, or left out"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CheckedCourse(title, ProfessionalKeys.organisation(title), topic, objectives, audience, assessment, min,
                max);
    }

    public List<CourseDetail> courses() {
        caller.requireAnyRole(Role.TRAINER, Role.PARTNER, Role.ADMIN, Role.MEL);
        return repository.courses().stream().map(CourseDetail::of).toList();
    }

    public SessionDetail createSession(NewSession s) {
        caller.requireAnyRole(TRAINERS);
        if (s == null) {
            throw InvalidInputException.of("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        ProgrammeSummary programme = s.programme() == null || s.programme().isBlank() ? null
                : programmes.byCode(s.programme().strip()).orElse(null);
        if (programme == null) {
            errors.add(new FieldError("programme", s.programme() == null ? "is required" : "unknown programme code"));
        } else if (!caller.canSeeProgramme(programme.id())) {
            errors.add(new FieldError("programme", "is not one of your programmes"));
        }
        Course course = null;
        String newCourseTitle = null;
        if (s.courseId() != null) {
            course = repository.course(s.courseId()).orElse(null);
            if (course == null) {
                errors.add(new FieldError("courseId", "no course " + s.courseId()));
            }
        } else if (s.course() == null || s.course().isBlank()) {
            errors.add(new FieldError("course", "is required (a course title, or courseId)"));
        } else {
            course = courseNamed(s.course().strip());
            if (course == null) {
                newCourseTitle = TextFields.required(errors, "course", s.course(), 200);
            }
        }
        if (s.date() == null) {
            errors.add(new FieldError("date", "is required"));
        }
        LocalDate end = s.endDate() == null ? s.date() : s.endDate();
        if (s.date() != null && end.isBefore(s.date())) {
            errors.add(new FieldError("endDate", "the session cannot end before it starts"));
        }
        boolean online = Boolean.TRUE.equals(s.online());
        String location = TextFields.optional(errors, "location", s.location(), 200);
        if (location == null && !online) {
            errors.add(new FieldError("location", "say where the session is, or that it is online"));
        }
        String trainer = TextFields.optional(errors, "trainer", s.trainer(), 300);
        String partner = TextFields.optional(errors, "partnerOrganisation", s.partnerOrganisation(), 200);
        String audience = TextFields.optional(errors, "audience", s.audience(), 200);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (newCourseTitle != null) {
            course = courseOnFirstUse(newCourseTitle);
        }
        TrainingSession session = repository.save(new TrainingSession(course.getId(), programme.id(), s.date(), end,
                location, online, trainer, partner, audience));
        repository.flush();
        audit.record(AuditActions.CREATE, "training-session", session.getId(), course.getTitle() + " " + s.date());
        return view(session, course, 0);
    }

    /**
     * A course a session names that does not exist yet (docs/api.md: reference fields are created on first use). It
     * starts with the default 0–100 score scale; a trainer fills in its topic and objectives on the courses page.
     */
    private Course courseOnFirstUse(String title) {
        Course course = repository.save(new Course(title, ProfessionalKeys.organisation(title), null, null, null, null,
                null, 0, 100, null));
        repository.flush();
        audit.record(AuditActions.CREATE, "training-course", course.getId(), title + " (first used by a session)");
        return course;
    }

    /** A course by id ("12") or by title, as a trainer would type it. */
    private Course courseNamed(String course) {
        if (course.chars().allMatch(Character::isDigit) && course.length() < 18) {
            return repository.course(Long.parseLong(course)).orElse(null);
        }
        return repository.courseByTitleKey(ProfessionalKeys.organisation(course)).orElse(null);
    }

    public SessionDetail session(long id) {
        TrainingSession s = sessionInScope(id);
        return view(s, repository.course(s.getCourseId()).orElseThrow(),
                repository.attendeeCounts(List.of(id)).getOrDefault(id, 0L));
    }

    /** Sessions of the caller's programmes starting in the period, newest first, paged in the database. */
    public Page<SessionDetail> sessions(LocalDate from, LocalDate to, PageRequest page) {
        caller.requireAnyRole(Role.TRAINER, Role.PARTNER, Role.ADMIN, Role.MEL);
        LocalDate start = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.of(9999, 12, 31) : to;
        if (start.isAfter(end)) {
            throw InvalidInputException.of("from", "must not be after to");
        }
        var scope = caller.programmeIds();
        return page(repository.sessions(scope, start, end, page.offset(), page.size()),
                repository.countSessions(scope, start, end), page);
    }

    /** Sessions already held with an attendee waiting for the work (the home page's links), latest first. */
    public Page<SessionDetail> sessionsNeeding(AttendeeNeed need, PageRequest page) {
        caller.requireAnyRole(TRAINERS);
        var scope = caller.programmeIds();
        LocalDate today = LocalDate.now();
        return page(repository.sessionsNeeding(scope, need, today, page.offset(), page.size()),
                repository.countSessionsNeeding(scope, need, today), page);
    }

    private Page<SessionDetail> page(List<TrainingSession> sessions, long total, PageRequest page) {
        Map<Long, Long> counts = repository.attendeeCounts(sessions.stream().map(TrainingSession::getId).toList());
        Map<Long, Course> courses = new java.util.HashMap<>();
        repository.courses().forEach(c -> courses.put(c.getId(), c));
        List<SessionDetail> views = sessions.stream().map(s -> view(s, courses.get(s.getCourseId()),
                counts.getOrDefault(s.getId(), 0L))).toList();
        return new Page<>(views, total, page.page(), page.size());
    }

    /** The trainer's day: sessions this month, attendees without scores or certificates, certificates expiring. */
    public record Workload(long sessionsThisMonth, long scoresMissing, long certificatesToIssue,
            long certificatesExpiring) {
    }

    /** Days ahead in which a certificate counts as expiring, on the home page and the sessions page alike. */
    public static final int EXPIRING_DAYS = 60;

    public Workload workload() {
        caller.requireAnyRole(TRAINERS);
        var scope = caller.programmeIds();
        LocalDate today = LocalDate.now();
        LocalDate first = today.withDayOfMonth(1);
        return new Workload(repository.countSessions(scope, first, first.plusMonths(1).minusDays(1)),
                repository.countAttendeesNeeding(scope, AttendeeNeed.SCORES_MISSING, today),
                repository.countAttendeesNeeding(scope, AttendeeNeed.CERTIFICATE_TO_ISSUE, today),
                certificates.countExpiringCertificates(scope, today, today.plusDays(EXPIRING_DAYS)));
    }

    /** The country a programme works in, for professionals whose own country was not given. */
    String countryOf(long programmeId) {
        return programmes.byId(programmeId).map(ProgrammeSummary::country).orElse(null);
    }

    TrainingSession sessionInScope(long id) {
        caller.requireAnyRole(Role.TRAINER, Role.PARTNER, Role.ADMIN, Role.MEL);
        TrainingSession s = repository.session(id).orElseThrow(() -> new NotFoundException("session"));
        caller.requireProgramme(s.getProgrammeId());
        return s;
    }

    private SessionDetail view(TrainingSession s, Course c, long attendees) {
        String code = programmes.byId(s.getProgrammeId()).map(ProgrammeSummary::code).orElse(null);
        return new SessionDetail(s.getId(), code, c.getId(), c.getTitle(), s.getStartsOn(), s.getEndsOn(), s.getLocation(),
                s.isOnline(), s.getTrainers(), s.getPartnerOrganisation(), s.getAudience(), attendees);
    }
}
