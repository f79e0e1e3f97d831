package org.liberta.training.internal.application;

import static org.liberta.platform.api.TextFields.clean;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
import org.liberta.platform.api.RulesAcrossFields;
import org.liberta.platform.api.Violations;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.persistence.RecordLocks;
import org.liberta.platform.api.rest.PublishedAs;
import org.liberta.training.internal.domain.CertificateRepository;
import org.liberta.training.internal.domain.Course;
import org.liberta.training.internal.domain.ProfessionalKeys;
import org.liberta.training.internal.domain.TrainingRepository;
import org.liberta.training.internal.domain.TrainingRepository.AttendeeNeed;
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

    @Inject
    private Validator validator;

    /** A course; its scores run from 0 to 100 unless it says otherwise, and its certificates last for ever if it does not. */
    @RulesAcrossFields
    public record NewCourse(@NotBlank @Size(max = 200) String title, @Size(max = 200) String topic,
            @Size(max = 2000) String objectives, @Size(max = 200) String audience,
            @Min(value = 1, message = DURATION) @Max(value = 60 * 24 * 30, message = DURATION) Integer durationMinutes,
            @Size(max = 200) String assessment, @Min(value = 0, message = "must not be negative") Integer scoreMin,
            Integer scoreMax,
            @Min(value = 1, message = VALIDITY) @Max(value = 240, message = VALIDITY) Integer validMonths)
            implements RulesAcrossFields.Command {

        private static final String DURATION = "must be between 1 minute and 30 days";
        private static final String VALIDITY = "must be from 1 to 240 months, or left out";

        public NewCourse {
            title = clean(title);
            topic = clean(topic);
            objectives = clean(objectives);
            audience = clean(audience);
            assessment = clean(assessment);
        }

        @Override
        public void checkAcrossFields(List<FieldError> errors) {
            if (lowestScore() >= highestScore()) {
                errors.add(new FieldError("scoreMax", "must be above scoreMin"));
            }
        }

        int lowestScore() {
            return scoreMin == null ? 0 : scoreMin;
        }

        int highestScore() {
            return scoreMax == null ? 100 : scoreMax;
        }

        String titleKey() {
            return ProfessionalKeys.organisation(title);
        }
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
    @RulesAcrossFields
    public record NewSession(String programme, @Size(max = 200) String course, @NotNull LocalDate date, LocalDate endDate,
            @Size(max = 200) String location, Boolean online, @Size(max = 300) String trainer,
            @Size(max = 200) String partnerOrganisation, @Size(max = 200) String audience, Long courseId)
            implements RulesAcrossFields.Command {

        public NewSession {
            programme = clean(programme);
            course = clean(course);
            location = clean(location);
            trainer = clean(trainer);
            partnerOrganisation = clean(partnerOrganisation);
            audience = clean(audience);
        }

        @Override
        public void checkAcrossFields(List<FieldError> errors) {
            if (courseId == null && course == null) {
                errors.add(new FieldError("course", "is required (a course title, or courseId)"));
            }
            if (date != null && endDate != null && endDate.isBefore(date)) {
                errors.add(new FieldError("endDate", "the session cannot end before it starts"));
            }
            if (location == null && !isOnline()) {
                errors.add(new FieldError("location", "say where the session is, or that it is online"));
            }
        }

        boolean isOnline() {
            return Boolean.TRUE.equals(online);
        }

        /** A one-day session ends the day it starts. */
        LocalDate lastDay() {
            return endDate == null ? date : endDate;
        }
    }

    @PublishedAs("SessionView")
    public record SessionDetail(long id, String programme, long courseId, String course, LocalDate date, LocalDate endDate,
            String location, boolean online, String trainer, String partnerOrganisation, String audience, long attendees) implements Serializable {
    }

    public CourseDetail createCourse(NewCourse c) {
        caller.requireAnyRole(Role.TRAINER, Role.ADMIN);
        Violations.require(validator, c);
        if (repository.courseByTitleKey(c.titleKey()).isPresent()) {
            throw new ConflictException("a course titled \"" + c.title() + "\" already exists");
        }
        Course course = repository.save(new Course(c.title(), c.titleKey(), c.topic(), c.objectives(), c.audience(),
                c.durationMinutes(), c.assessment(), c.lowestScore(), c.highestScore(), c.validMonths()));
        repository.flush();
        audit.record(AuditActions.CREATE, "training-course", course.getId(), c.title());
        return CourseDetail.of(course);
    }

    /** Revises a course; {@code version} is the one the editor saw (a stale one is a conflict). */
    public CourseDetail reviseCourse(long id, NewCourse c, Long version) {
        caller.requireAnyRole(Role.TRAINER, Role.ADMIN);
        Course course = repository.course(id).orElseThrow(() -> new NotFoundException("course"));
        Violations.require(validator, c);
        locks.forEdit(course, version, "the course was changed by someone else; reload it");
        if (repository.courseByTitleKey(c.titleKey()).filter(other -> !other.getId().equals(course.getId())).isPresent()) {
            throw new ConflictException("a course titled \"" + c.title() + "\" already exists");
        }
        course.revise(c.title(), c.titleKey(), c.topic(), c.objectives(), c.audience(), c.durationMinutes(),
                c.assessment(), c.lowestScore(), c.highestScore(), c.validMonths());
        repository.flush();
        audit.record(AuditActions.UPDATE, "training-course", id, c.title());
        return CourseDetail.of(course);
    }

    public List<CourseDetail> courses() {
        caller.requireAnyRole(Role.TRAINER, Role.PARTNER, Role.ADMIN, Role.MEL);
        return repository.courses().stream().map(CourseDetail::of).toList();
    }

    public SessionDetail createSession(NewSession s) {
        caller.requireAnyRole(TRAINERS);
        List<FieldError> errors = Violations.of(validator, s);
        ProgrammeSummary programme = programmes.callersProgramme(caller, "programme", s.programme(), errors);
        Course course = null;
        String newCourseTitle = null;
        if (s.courseId() != null) {
            course = repository.course(s.courseId()).orElse(null);
            if (course == null) {
                errors.add(new FieldError("courseId", "no course " + s.courseId()));
            }
        } else if (s.course() != null) {
            course = courseNamed(s.course());
            newCourseTitle = course == null ? s.course() : null;
        }
        InvalidInputException.throwIfAny(errors);
        if (newCourseTitle != null) {
            course = courseOnFirstUse(newCourseTitle);
        }
        TrainingSession session = repository.save(new TrainingSession(course.getId(), programme.id(), s.date(),
                s.lastDay(), s.location(), s.isOnline(), s.trainer(), s.partnerOrganisation(), s.audience()));
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
