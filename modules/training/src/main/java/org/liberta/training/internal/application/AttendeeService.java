package org.liberta.training.internal.application;

import static org.liberta.platform.api.TextFields.clean;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Codes;
import org.liberta.platform.api.ContactDetails;
import org.liberta.platform.api.CountryCode;
import org.liberta.platform.api.EmailAddress;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.PhoneNumber;
import org.liberta.platform.api.TextFields;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.rest.PublishedAs;
import org.liberta.training.internal.domain.Course;
import org.liberta.training.internal.domain.Profession;
import org.liberta.training.internal.domain.Professional;
import org.liberta.training.internal.domain.ProfessionalRepository;
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
    private ProfessionalRepository professionals;

    @Inject
    private TrainingService training;

    @Inject
    private Caller caller;

    @Inject
    private AttendeeRecorder recorder;

    @Inject
    private AuditLog audit;

    /**
     * One attendee as docs/api.md gives them, typed in or read from a sign-in sheet; {@code preScore}/{@code postScore}
     * are knowledge scores, checked against the course's scale when recorded.
     */
    public record NewAttendee(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String organisation,
            @NotBlank @Codes(Profession.class) String profession, @Size(max = 100) String rank,
            @CountryCode String country, @Size(max = 254) @EmailAddress String email, @PhoneNumber String phone,
            Boolean completed, Integer preScore, Integer postScore, Integer preAttitude, Integer postAttitude,
            Integer preBehaviour, Integer postBehaviour) implements Serializable {

        public NewAttendee {
            name = clean(name);
            organisation = clean(organisation);
            profession = clean(profession);
            rank = clean(rank);
            country = TextFields.code(country);
            email = clean(email);
            phone = ContactDetails.normalisePhone(clean(phone));
        }

        Scores scores() {
            return new Scores(preScore, postScore, preAttitude, postAttitude, preBehaviour, postBehaviour);
        }
    }

    /**
     * An attendee as listed; {@code matched} says whether the professional was already known. {@code id} is the
     * attendance's (docs/api.md: every resource has an id), the same as {@code attendanceId}.
     */
    @PublishedAs("AttendeeView")
    public record AttendeeDetail(long id, long attendanceId, long professionalId, String name, String organisation,
            String profession, String email, String phone, boolean completed, Scores scores, Integer knowledgeGain,
            boolean matched) implements Serializable {

        /** The same attendee without their e-mail and phone, for readers who need the session, not the person. */
        AttendeeDetail withoutContacts() {
            return new AttendeeDetail(id, attendanceId, professionalId, name, organisation, profession, null, null,
                    completed, scores, knowledgeGain, matched);
        }
    }

    public AttendeeDetail add(long sessionId, NewAttendee attendee) {
        caller.requireAnyRole(TrainingService.TRAINERS);
        TrainingSession session = training.sessionInScope(sessionId);
        Course course = repository.course(session.getCourseId()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        AttendeeRecorder.Checked checked = recorder.check(attendee, course, errors);
        InvalidInputException.throwIfAny(errors);
        AttendeeRecorder.Recorded recorded = recorder.record(recorder.lookup(session, List.of(checked)), checked,
                training.countryOf(session.getProgrammeId()));
        if (!recorded.outcome().equals("CREATED")) {
            // Typed or pasted twice: refused (and rolled back), unlike a sign-in sheet sent again.
            throw InvalidInputException.of("name", recorded.professional().getName() + " ("
                    + recorded.professional().getOrganisation() + ") already attends this session");
        }
        repository.flush();
        return view(recorded.attendance(), recorded.professional(), recorded.matched());
    }

    /**
     * Who attended, with their scores. Their e-mail and phone only for those who run training (trainers, partners,
     * administrators): M&E reads the session for its counts and needs no one's contact details.
     */
    public List<AttendeeDetail> attendees(long sessionId) {
        training.sessionInScope(sessionId);
        List<TrainingAttendance> attendance = repository.attendanceOf(sessionId);
        Map<Long, Professional> people = professionals.professionals(attendance.stream()
                .map(TrainingAttendance::getProfessionalId).toList());
        boolean contacts = caller.hasAnyRole(TrainingService.TRAINERS);
        return attendance.stream().map(a -> {
            AttendeeDetail view = view(a, people.get(a.getProfessionalId()), true);
            return contacts ? view : view.withoutContacts();
        }).toList();
    }

    /**
     * The session's attendance as a CSV trainers can open in a spreadsheet (the sign-in sheet's columns); names are
     * written so that none can run as a formula.
     */
    public String attendeesCsv(long sessionId) {
        org.liberta.platform.api.sheets.CsvWriter csv = new org.liberta.platform.api.sheets.CsvWriter()
                .row("name", "organisation", "profession", "email", "phone", "completed", "pre_score", "post_score",
                        "knowledge_gain");
        List<AttendeeDetail> attendance = attendees(sessionId);
        for (AttendeeDetail a : attendance) {
            csv.row(a.name(), a.organisation(), a.profession(), a.email(), a.phone(), a.completed() ? "yes" : "no",
                    a.scores().preKnowledge(), a.scores().postKnowledge(), a.knowledgeGain());
        }
        audit.record(AuditActions.EXPORT, "training-attendance", sessionId, "CSV, " + attendance.size() + " attendees");
        return csv.toString();
    }

    /** Marks an attendee as having completed the session or not, and records scores taken later. */
    public AttendeeDetail update(long sessionId, long attendanceId, Boolean completed, Scores scores) {
        caller.requireAnyRole(TrainingService.TRAINERS);
        TrainingSession session = training.sessionInScope(sessionId);
        Course course = repository.course(session.getCourseId()).orElseThrow();
        TrainingAttendance a = repository.attendanceOf(sessionId).stream().filter(x -> x.getId() == attendanceId)
                .findFirst().orElseThrow(() -> new NotFoundException("attendee"));
        List<FieldError> errors = new ArrayList<>();
        AttendeeRecorder.checkScores(scores == null ? Scores.NONE : scores, course, errors);
        InvalidInputException.throwIfAny(errors);
        if (completed != null) {
            a.completed(completed);
        }
        if (scores != null) {
            a.scored(scores);
        }
        return view(a, professionals.professional(a.getProfessionalId()).orElseThrow(), true);
    }

    private static AttendeeDetail view(TrainingAttendance a, Professional p, boolean matched) {
        Scores s = a.scores();
        return new AttendeeDetail(a.getId(), a.getId(), p.getId(), p.getName(), p.getOrganisation(), p.getProfession().name(),
                p.getEmail(), p.getPhone(), a.isCompleted(), s, s.knowledgeGain(), matched);
    }
}
