package org.liberta.casework.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liberta.casework.api.ContactMode;
import org.liberta.casework.api.PoliceEngagementLevel;
import org.liberta.casework.api.RecoveryArea;
import org.liberta.casework.api.RemovedBy;
import org.liberta.casework.api.VocationalSupportKind;
import org.liberta.casework.internal.domain.CareEpisode;
import org.liberta.casework.internal.domain.CareEvent;
import org.liberta.casework.internal.domain.CareState;
import org.liberta.casework.internal.domain.CaseNote;
import org.liberta.casework.internal.domain.CaseworkRepository;
import org.liberta.casework.internal.domain.FollowUp;
import org.liberta.casework.internal.domain.Mentoring;
import org.liberta.casework.internal.domain.PoliceEngagement;
import org.liberta.casework.internal.domain.RecoveryAssessment;
import org.liberta.casework.internal.domain.Removal;
import org.liberta.casework.internal.domain.Repatriation;
import org.liberta.casework.internal.domain.RetraffickingIncident;
import org.liberta.casework.internal.domain.Survivor;
import org.liberta.casework.internal.domain.VocationalSupport;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.TextFields;
import org.liberta.platform.api.Violations;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.persistence.RecordLocks;
import org.liberta.platform.api.sync.FieldConflict;
import org.liberta.platform.api.rest.PublishedAs;

/**
 * The events of a survivor's care, each recorded by the people giving care, within their programmes, audited,
 * and each with the rules a navigator would expect (nothing in the future, episodes that end after they start,
 * scores from 1 to 5).
 */
@ApplicationScoped
@Transactional
public class CareService {

    @Inject
    private CaseworkRepository repository;

    @Inject
    private Validator validator;

    @Inject
    private CaseworkAccess access;

    @Inject
    private AuditLog audit;

    @Inject
    private RecordLocks locks;

    // What the survivor file's forms and POST /api/survivors/{id}/<event> send, validated here whichever sent it;
    // each is published under the name of the request body the contract gave it (RemovalBody, ...).

    @PublishedAs("RemovalBody")
    public record RemovalRecord(@NotNull LocalDate date, @NotNull RemovedBy removedBy) {
    }

    @PublishedAs("CareEpisodeBody")
    public record CareEpisodeRecord(@NotNull LocalDate start, LocalDate end) {
    }

    @PublishedAs("FollowUpBody")
    public record FollowUpRecord(@NotNull LocalDate date, @NotNull ContactMode mode, @Size(max = 2000) String note,
            LocalDate nextDue) {
    }

    @PublishedAs("RepatriationBody")
    public record RepatriationRecord(@NotNull String fromCountry, @NotNull String toCountry, @NotNull LocalDate arrivalDate) {
    }

    @PublishedAs("PoliceEngagementBody")
    public record PoliceEngagementRecord(@NotNull LocalDate date, @NotNull PoliceEngagementLevel level) {
    }

    @PublishedAs("RetraffickingBody")
    public record RetraffickingRecord(@NotNull LocalDate date, @Size(max = 2000) String note) {
    }

    @PublishedAs("AssessmentBody")
    public record AssessmentRecord(@NotNull LocalDate date, @NotEmpty Map<@NotNull RecoveryArea, @NotNull Integer> scores) {
    }

    @PublishedAs("NoteBody")
    public record NoteRecord(@NotNull LocalDate date, @jakarta.validation.constraints.NotBlank @Size(max = 4000) String text) {
    }

    @PublishedAs("MentoringBody")
    public record MentoringRecord(@NotNull Long mentorId, @NotNull LocalDate start, LocalDate end) {
    }

    @PublishedAs("VocationalSupportBody")
    public record VocationalRecord(@NotNull LocalDate date, @NotNull VocationalSupportKind kind,
            @Size(max = 200) String provider, @Size(max = 2000) String note) {
    }

    /** One line of the timeline: what happened, when, and its details in the record's own words. */
    public record TimelineEntry(long id, String kind, LocalDate date, Map<String, Object> details) implements Serializable {
    }

    public TimelineEntry recordRemoval(long survivorId, RemovalRecord r) {
        Survivor survivor = access.survivorForCare(survivorId);
        Violations.require(validator, r);
        notInFuture("date", r.date());
        return audited(repository.save(new Removal(survivor, r.date(), r.removedBy())), "removal");
    }

    public TimelineEntry startCareEpisode(long survivorId, CareEpisodeRecord r) {
        Survivor survivor = access.survivorForCare(survivorId);
        Violations.require(validator, r);
        if (r.end() != null && r.end().isBefore(r.start())) {
            throw InvalidInputException.of("end", "must not be before start");
        }
        CareEpisode episode = repository.save(new CareEpisode(survivor, r.start(), r.end()));
        restateCareState(survivor);
        return audited(episode, "care-episode");
    }

    /** The navigator's most frequent action: a call or visit, logged in seconds, moving the next due date. */
    public TimelineEntry logFollowUp(long survivorId, FollowUpRecord r) {
        Survivor survivor = access.survivorForCare(survivorId);
        Violations.require(validator, r);
        List<FieldError> errors = new ArrayList<>();
        if (r.date().isAfter(LocalDate.now())) {
            errors.add(new FieldError("date", "must not be in the future"));
        }
        if (r.nextDue() != null && r.nextDue().isBefore(r.date())) {
            errors.add(new FieldError("nextDue", "must not be before the contact date"));
        }
        InvalidInputException.throwIfAny(errors);
        survivor.recordContact(r.date(), r.nextDue());
        return audited(repository.save(new FollowUp(survivor, r.date(), r.mode(), TextFields.clean(r.note()))),
                "follow-up");
    }

    /**
     * Moves a survivor's next contact, as the navigator decided from the version of the file they were looking at: if
     * the file changed since (another follow-up, another reschedule), that is a conflict to resolve, never an
     * overwrite. The answer is the new version.
     */
    public long rescheduleNextContact(long survivorId, long fromVersion, LocalDate nextDue) {
        // Under the row's lock, so that of two devices rescheduling from one version, the second sees the first.
        Survivor survivor = locks.forEdit(access.survivorForCare(survivorId), null, null);
        if (survivor.getVersion() != fromVersion) {
            throw new FieldConflict("The survivor's file changed since the device took it offline",
                    FieldCaseload.entry(survivor, null));
        }
        if (survivor.getLastContactOn() != null && nextDue.isBefore(survivor.getLastContactOn())) {
            throw InvalidInputException.of("nextDue", "must not be before the last contact");
        }
        survivor.rescheduleNextContact(nextDue);
        audit.record(AuditActions.UPDATE, "survivor", survivorId, "next contact due " + nextDue);
        repository.flush();
        return survivor.getVersion();
    }

    public TimelineEntry recordRepatriation(long survivorId, RepatriationRecord r) {
        Survivor survivor = access.survivorForCare(survivorId);
        Violations.require(validator, r);
        List<FieldError> errors = new ArrayList<>();
        if (!Countries.isValid(r.fromCountry())) {
            errors.add(new FieldError("fromCountry", "must be an ISO 3166-1 alpha-2 country code"));
        }
        if (!Countries.isValid(r.toCountry())) {
            errors.add(new FieldError("toCountry", "must be an ISO 3166-1 alpha-2 country code"));
        }
        InvalidInputException.throwIfAny(errors);
        notInFuture("arrivalDate", r.arrivalDate());
        return audited(repository.save(new Repatriation(survivor, r.fromCountry().toUpperCase(),
                r.toCountry().toUpperCase(), r.arrivalDate())), "repatriation");
    }

    public TimelineEntry recordPoliceEngagement(long survivorId, PoliceEngagementRecord r) {
        Survivor survivor = access.survivorForCare(survivorId);
        Violations.require(validator, r);
        notInFuture("date", r.date());
        if (r.level() != PoliceEngagementLevel.NONE) {
            survivor.recordPoliceContact();
        }
        PoliceEngagement engagement = repository.save(new PoliceEngagement(survivor, r.date(), r.level()));
        PoliceEngagement.restateLadder(repository.policeEngagementsOf(survivorId));
        restateCareState(survivor);
        return audited(engagement, "police-engagement");
    }

    public TimelineEntry recordAssessment(long survivorId, AssessmentRecord r) {
        Survivor survivor = access.survivorForCare(survivorId);
        Violations.require(validator, r);
        notInFuture("date", r.date());
        List<FieldError> errors = new ArrayList<>();
        r.scores().forEach((area, score) -> {
            if (score < RecoveryAssessment.MIN_SCORE || score > RecoveryAssessment.MAX_SCORE) {
                errors.add(new FieldError("scores." + area, "must be from 1 to 5"));
            }
        });
        InvalidInputException.throwIfAny(errors);
        RecoveryAssessment assessment = repository.save(new RecoveryAssessment(survivor, r.date(), r.scores()));
        RecoveryAssessment.restateHistory(repository.assessmentsOf(survivorId));
        restateCareState(survivor);
        return audited(assessment, "recovery-assessment");
    }

    /**
     * Keeps the survivor's care state (what the cared-for indicators read, see {@link CareState}) true after an
     * episode, engagement or assessment is recorded, perhaps back-dated: all of it is stated again, from the
     * restated ladder and assessment history.
     */
    private void restateCareState(Survivor survivor) {
        long id = survivor.getId();
        repository.restateCareState(id, survivor.getProgrammeId(), CareState.restate(repository.careEpisodesOf(id),
                repository.policeEngagementsOf(id), repository.assessmentsOf(id)));
    }

    public TimelineEntry recordRetrafficking(long survivorId, RetraffickingRecord r) {
        Survivor survivor = access.survivorForCare(survivorId);
        Violations.require(validator, r);
        notInFuture("date", r.date());
        return audited(repository.save(new RetraffickingIncident(survivor, r.date(), TextFields.clean(r.note()))),
                "retrafficking");
    }

    /**
     * Peer mentoring: a champion survivor of the same programme accompanies this one. The mentor must be someone
     * the caller may care for too, and nobody mentors themselves.
     */
    public TimelineEntry recordMentoring(long menteeId, MentoringRecord r) {
        Survivor mentee = access.survivorForCare(menteeId);
        Violations.require(validator, r);
        notInFuture("start", r.start());
        if (r.end() != null && r.end().isBefore(r.start())) {
            throw InvalidInputException.of("end", "must not be before start");
        }
        Survivor mentor = repository.survivor(r.mentorId()).filter(m -> m.getProgrammeId() == mentee.getProgrammeId())
                .filter(m -> !m.getId().equals(mentee.getId()))
                .orElseThrow(() -> InvalidInputException.of("mentorId",
                        "must be another survivor of the same programme"));
        return audited(repository.save(new Mentoring(mentee, mentor, r.start(), r.end())), "mentoring");
    }

    /** A free-text note on the timeline, for what fits no other kind of record. */
    public TimelineEntry addNote(long survivorId, NoteRecord r) {
        Survivor survivor = access.survivorForCare(survivorId);
        Violations.require(validator, r);
        notInFuture("date", r.date());
        return audited(repository.save(new CaseNote(survivor, r.date(), r.text().strip())), "case-note");
    }

    public TimelineEntry recordVocationalSupport(long survivorId, VocationalRecord r) {
        Survivor survivor = access.survivorForCare(survivorId);
        Violations.require(validator, r);
        notInFuture("date", r.date());
        return audited(repository.save(new VocationalSupport(survivor, r.date(), r.kind(),
                TextFields.clean(r.provider()), TextFields.clean(r.note()))), "vocational-support");
    }

    /**
     * Closes the case when care has ended (on the day given, or today); it leaves the caseload but stays in the
     * figures, and retention counts from this day.
     */
    public void closeCase(long survivorId, LocalDate on) {
        Survivor survivor = access.survivorForCare(survivorId);
        LocalDate day = on == null ? LocalDate.now() : on;
        notInFuture("date", day);
        if (day.isBefore(survivor.getIntakeOn())) {
            throw InvalidInputException.of("date", "must not be before the intake date " + survivor.getIntakeOn());
        }
        survivor.close(day);
        audit.record(AuditActions.UPDATE, "survivor", survivorId, "case closed");
    }

    /** Everything that happened in one survivor's care, newest first. */
    public List<TimelineEntry> timeline(long survivorId) {
        access.survivorForCare(survivorId);
        return repository.events(survivorId).stream().map(CareService::entry).toList();
    }

    /** One recovery assessment's scores (1–5) by key area; an area not assessed that day is absent. */
    public record RecoveryScores(java.time.LocalDate day, java.util.Map<RecoveryArea, Integer> scores)
            implements java.io.Serializable {
    }

    /** The survivor's assessments, oldest first, for the recovery chart. */
    public List<RecoveryScores> assessments(long survivorId) {
        access.survivorForCare(survivorId);
        return repository.events(survivorId).stream().filter(RecoveryAssessment.class::isInstance)
                .map(RecoveryAssessment.class::cast)
                .sorted(java.util.Comparator.comparing(RecoveryAssessment::day))
                .map(a -> new RecoveryScores(a.day(), java.util.Map.copyOf(a.getScores()))).toList();
    }

    private static TimelineEntry entry(CareEvent e) {
        return new TimelineEntry(e.getId(), e.kind(), e.day(), e.details());
    }

    private TimelineEntry audited(CareEvent event, String type) {
        audit.record(AuditActions.CREATE, type, event.getId(), "survivor " + event.getSurvivorId());
        return entry(event);
    }

    private static void notInFuture(String field, LocalDate date) {
        if (date.isAfter(LocalDate.now())) {
            throw InvalidInputException.of(field, "must not be in the future");
        }
    }
}
