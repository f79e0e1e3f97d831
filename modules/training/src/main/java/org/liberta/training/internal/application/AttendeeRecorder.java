package org.liberta.training.internal.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.liberta.platform.api.EnumCodes;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.Violations;
import org.liberta.training.internal.application.AttendeeService.NewAttendee;
import org.liberta.training.internal.domain.Course;
import org.liberta.training.internal.domain.Profession;
import org.liberta.training.internal.domain.Professional;
import org.liberta.training.internal.domain.ProfessionalKeys;
import org.liberta.training.internal.domain.ProfessionalRepository;
import org.liberta.training.internal.domain.Scores;
import org.liberta.training.internal.domain.TrainingAttendance;
import org.liberta.training.internal.domain.TrainingRepository;
import org.liberta.training.internal.domain.TrainingSession;

/**
 * The one way an attendee is checked and recorded, whether typed, pasted or imported from a sign-in sheet: fields
 * checked and named, the professional matched (same e-mail, or same name and organisation) or created, the
 * attendance created or brought up to date. Lookups are done for many attendees at once (a sheet's slice is a
 * handful of queries, not a few per line).
 */
@ApplicationScoped
class AttendeeRecorder {

    @Inject
    private TrainingRepository repository;

    @Inject
    private ProfessionalRepository professionals;

    @Inject
    private Validator validator;

    /** An attendee whose fields are all valid, normalised. */
    record Checked(String name, String organisation, Profession profession, String rank, String country, String email,
            String phone, boolean completed, Scores scores) {

        String emailKey() {
            return ProfessionalKeys.email(email);
        }

        String personKey() {
            return ProfessionalKeys.name(name) + "|" + ProfessionalKeys.organisation(organisation);
        }
    }

    /** What recording did: CREATED (a new attendance), UPDATED, UNCHANGED; and whether the person was known. */
    record Recorded(String outcome, TrainingAttendance attendance, Professional professional, boolean matched) {
    }

    /** The professionals and attendances a batch of attendees may meet, loaded together. */
    final class Lookup {
        private final TrainingSession session;
        private final Map<String, Professional> byEmail = new HashMap<>();
        private final Map<String, List<Professional>> byPerson = new HashMap<>();
        private final Map<Long, TrainingAttendance> attendance = new HashMap<>();

        Lookup(TrainingSession session, Collection<Checked> attendees) {
            this.session = session;
            Set<String> emails = new LinkedHashSet<>();
            Set<String> names = new LinkedHashSet<>();
            attendees.forEach(a -> {
                if (a.emailKey() != null) {
                    emails.add(a.emailKey());
                }
                names.add(ProfessionalKeys.name(a.name()));
            });
            professionals.professionalsByEmails(emails).forEach(p -> byEmail.put(ProfessionalKeys.email(p.getEmail()), p));
            professionals.professionalsByNames(names).forEach(p -> byPerson.computeIfAbsent(
                    p.getNameKey() + "|" + p.getOrganisationKey(), k -> new ArrayList<>()).add(p));
            repository.attendanceOf(session.getId()).forEach(a -> attendance.put(a.getProfessionalId(), a));
        }
    }

    Lookup lookup(TrainingSession session, Collection<Checked> attendees) {
        return new Lookup(session, attendees);
    }

    /**
     * The attendee's fields checked (their annotations, then the scores against the course's scale): errors name the
     * field; null when there are any. One check for an attendee typed in and for a line of a sign-in sheet.
     */
    Checked check(NewAttendee a, Course course, List<FieldError> errors) {
        List<FieldError> found = Violations.of(validator, a);
        checkScores(a.scores(), course, found);
        errors.addAll(found);
        if (!found.isEmpty()) {
            return null;
        }
        return new Checked(a.name(), a.organisation(), EnumCodes.read(Profession.class, a.profession()), a.rank(),
                a.country(), a.email(), a.phone(), a.completed() == null || a.completed(), a.scores());
    }

    static void checkScores(Scores scores, Course course, List<FieldError> errors) {
        scores.byField().forEach((field, score) -> {
            if (!course.scoreInRange(score)) {
                errors.add(new FieldError(field, "must be from " + course.getScoreMin() + " to " + course.getScoreMax()));
            }
        });
    }

    /**
     * Records a checked attendee at the lookup's session: a known professional learns what was missing; an
     * attendance already there takes the completion and scores given (UPDATED) or is left as it is (UNCHANGED).
     */
    Recorded record(Lookup lookup, Checked a, String defaultCountry) {
        String emailKey = a.emailKey();
        Optional<Professional> known = ProfessionalMatching.match(Optional.ofNullable(emailKey == null ? null
                : lookup.byEmail.get(emailKey)), lookup.byPerson.getOrDefault(a.personKey(), List.of()), emailKey);
        Professional professional;
        if (known.isPresent()) {
            professional = known.get();
            professional.learn(a.rank(), a.email(), a.phone());
        } else {
            professional = repository.save(new Professional(a.name(), a.organisation(), a.profession(), a.rank(),
                    a.country() == null ? defaultCountry : a.country(), a.email(), a.phone()));
            repository.flush(); // the attendance references it
            lookup.byPerson.computeIfAbsent(a.personKey(), k -> new ArrayList<>()).add(professional);
        }
        if (emailKey != null) {
            lookup.byEmail.put(emailKey, professional);
        }
        TrainingAttendance existing = lookup.attendance.get(professional.getId());
        if (existing != null) {
            boolean changed = existing.isCompleted() != a.completed() || !existing.scores().equals(merged(existing, a));
            existing.completed(a.completed());
            existing.scored(a.scores());
            return new Recorded(changed ? "UPDATED" : "UNCHANGED", existing, professional, true);
        }
        TrainingAttendance attendance = repository.save(new TrainingAttendance(lookup.session, professional,
                a.completed()));
        attendance.scored(a.scores());
        lookup.attendance.put(professional.getId(), attendance);
        return new Recorded("CREATED", attendance, professional, known.isPresent());
    }

    /** The scores an attendance would have after taking the given ones (a score not given keeps the recorded one). */
    private static Scores merged(TrainingAttendance existing, Checked a) {
        Scores was = existing.scores();
        Scores given = a.scores();
        return new Scores(or(given.preKnowledge(), was.preKnowledge()), or(given.postKnowledge(), was.postKnowledge()),
                or(given.preAttitude(), was.preAttitude()), or(given.postAttitude(), was.postAttitude()),
                or(given.preBehaviour(), was.preBehaviour()), or(given.postBehaviour(), was.postBehaviour()));
    }

    private static Integer or(Integer given, Integer was) {
        return given != null ? given : was;
    }
}
