package org.liberta.training.internal.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ContactDetails;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.training.internal.domain.Course;
import org.liberta.training.internal.domain.Profession;
import org.liberta.training.internal.domain.Professional;
import org.liberta.training.internal.domain.ProfessionalKeys;
import org.liberta.training.internal.domain.Scores;
import org.liberta.training.internal.domain.TrainingAttendance;
import org.liberta.training.internal.domain.TrainingRepository;
import org.liberta.training.internal.domain.TrainingSession;

/**
 * Who attended a session. Each attendee is matched to the one record Liberta keeps per professional (same e-mail,
 * or same name and organisation) or becomes a new one; adding someone already on the session is refused.
 * Contact details are shown only to those whose programmes include the session.
 */
@ApplicationScoped
@Transactional
public class AttendeeService {

    @Inject
    private TrainingRepository repository;

    @Inject
    private TrainingService training;

    @Inject
    private Caller caller;

    /** One attendee as API.md gives them; {@code preScore}/{@code postScore} are knowledge scores. */
    public record NewAttendee(String name, String organisation, String profession, String rank, String country,
            String email, String phone, Boolean completed, Integer preScore, Integer postScore, Integer preAttitude,
            Integer postAttitude, Integer preBehaviour, Integer postBehaviour) {

        Scores scores() {
            return new Scores(preScore, postScore, preAttitude, postAttitude, preBehaviour, postBehaviour);
        }
    }

    /** An attendee as listed; {@code matched} says whether the professional was already known. */
    public record AttendeeView(long attendanceId, long professionalId, String name, String organisation,
            String profession, String email, String phone, boolean completed, Scores scores, Integer knowledgeGain,
            boolean matched) {
    }

    public AttendeeView add(long sessionId, NewAttendee attendee) {
        caller.requireAnyRole(TrainingService.TRAINERS);
        TrainingSession session = training.sessionInScope(sessionId);
        Course course = repository.course(session.getCourseId()).orElseThrow();
        if (attendee == null) {
            throw InvalidInputException.of("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = Text.required(errors, "name", attendee.name(), 200);
        String organisation = Text.required(errors, "organisation", attendee.organisation(), 200);
        Profession profession = profession(errors, attendee.profession());
        String rank = Text.optional(errors, "rank", attendee.rank(), 100);
        String country = Text.optional(errors, "country", attendee.country(), 2);
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            errors.add(new FieldError("country", "must be a two-letter country code"));
        }
        String email = Text.optional(errors, "email", attendee.email(), 254);
        if (email != null && !ContactDetails.isEmail(email)) {
            errors.add(new FieldError("email", "is not an e-mail address"));
        }
        String phone = attendee.phone() == null || attendee.phone().isBlank() ? null
                : ContactDetails.normalisePhone(attendee.phone());
        if (phone != null && !ContactDetails.isE164(phone)) {
            errors.add(new FieldError("phone", "must be an international number such as +447700900123"));
        }
        Scores scores = attendee.scores();
        scores.byField().forEach((field, score) -> {
            if (!course.scoreInRange(score)) {
                errors.add(new FieldError(field, "must be from " + course.getScoreMin() + " to " + course.getScoreMax()));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String emailKey = ProfessionalKeys.email(email);
        Optional<Professional> known = ProfessionalMatching.match(
                emailKey == null ? Optional.empty() : repository.professionalByEmail(emailKey),
                repository.professionalsByName(ProfessionalKeys.name(name), ProfessionalKeys.organisation(organisation)),
                emailKey);
        Professional professional;
        if (known.isPresent()) {
            professional = known.get();
            if (repository.attendance(sessionId, professional.getId()).isPresent()) {
                throw InvalidInputException.of("name", name + " (" + professional.getOrganisation()
                        + ") already attends this session");
            }
            professional.learn(rank, email, phone);
        } else {
            professional = repository.save(new Professional(name, organisation, profession, rank,
                    country == null ? countryOf(session) : country.toUpperCase(Locale.ROOT), email, phone));
            repository.flush(); // the attendance references it
        }
        TrainingAttendance a = repository.save(new TrainingAttendance(session, professional.getId(),
                attendee.completed() == null || attendee.completed()));
        a.scored(scores);
        repository.flush();
        return view(a, professional, known.isPresent());
    }

    public List<AttendeeView> attendees(long sessionId) {
        training.sessionInScope(sessionId);
        List<TrainingAttendance> attendance = repository.attendanceOf(sessionId);
        Map<Long, Professional> people = repository.professionals(attendance.stream()
                .map(TrainingAttendance::getProfessionalId).toList());
        return attendance.stream().map(a -> view(a, people.get(a.getProfessionalId()), true)).toList();
    }

    /** Marks an attendee as having completed the session or not, and records scores taken later. */
    public AttendeeView update(long sessionId, long attendanceId, Boolean completed, Scores scores) {
        caller.requireAnyRole(TrainingService.TRAINERS);
        TrainingSession session = training.sessionInScope(sessionId);
        Course course = repository.course(session.getCourseId()).orElseThrow();
        TrainingAttendance a = repository.attendanceOf(sessionId).stream().filter(x -> x.getId() == attendanceId)
                .findFirst().orElseThrow(() -> new NotFoundException("attendee"));
        List<FieldError> errors = new ArrayList<>();
        (scores == null ? Scores.NONE : scores).byField().forEach((field, score) -> {
            if (!course.scoreInRange(score)) {
                errors.add(new FieldError(field, "must be from " + course.getScoreMin() + " to " + course.getScoreMax()));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (completed != null) {
            a.completed(completed);
        }
        if (scores != null) {
            a.scored(scores);
        }
        return view(a, repository.professional(a.getProfessionalId()).orElseThrow(), true);
    }

    private static Profession profession(List<FieldError> errors, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError("profession", "is required"));
            return null;
        }
        try {
            return Profession.valueOf(value.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("profession", "must be one of " + java.util.Arrays.toString(Profession.values())));
            return null;
        }
    }

    private String countryOf(TrainingSession session) {
        return training.countryOf(session.getProgrammeId());
    }

    private static AttendeeView view(TrainingAttendance a, Professional p, boolean matched) {
        Scores s = a.scores();
        return new AttendeeView(a.getId(), p.getId(), p.getName(), p.getOrganisation(), p.getProfession().name(),
                p.getEmail(), p.getPhone(), a.isCompleted(), s, s.knowledgeGain(), matched);
    }
}
