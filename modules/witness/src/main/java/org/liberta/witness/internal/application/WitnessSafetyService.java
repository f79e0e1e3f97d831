package org.liberta.witness.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.courts.api.CaseWitness;
import org.liberta.courts.api.CourtRecords;
import org.liberta.courts.api.WitnessId;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ConflictException;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.persistence.RecordLocks;
import org.liberta.platform.api.rest.PublishedAs;
import org.liberta.witness.internal.domain.Concern;
import org.liberta.witness.internal.domain.ContactRule;
import org.liberta.witness.internal.domain.WitnessRepository;
import org.liberta.witness.internal.domain.WitnessSafetyRepository;

/**
 * A witness's safety: the rule for contacting them safely (channel, safe hours, who may call) and intimidation
 * concerns, raised and closed. An open concern puts every hearing the witness is needed at at risk and asks for a
 * safety check before the next one. Programme staff within their programmes; anyone else gets "not found".
 */
@ApplicationScoped
@Transactional
public class WitnessSafetyService {

    @Inject
    private SafetyChecks safetyChecks;

    @Inject
    private RecordLocks locks;

    @Inject
    private WitnessRepository repository;

    @Inject
    private WitnessSafetyRepository safety;

    @Inject
    private CourtRecords courts;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    /** The rule as shown and edited; an absent rule is all nulls with version 0. */
    @PublishedAs("ContactRuleView")
    public record ContactRuleDetail(long witnessId, String preferredChannel, Integer safeFromHour, Integer safeToHour,
            String whoMayCall, long version) implements Serializable {

        static ContactRuleDetail of(long witnessId, ContactRule r) {
            return r == null ? new ContactRuleDetail(witnessId, null, null, null, null, 0)
                    : new ContactRuleDetail(witnessId, r.getPreferredChannel() == null ? null : r.getPreferredChannel().name(),
                            r.getSafeFromHour(), r.getSafeToHour(), r.getWhoMayCall(), r.getVersion());
        }

        /** "SMS · 10:00–16:00 · Only the female escort" for a work-queue line; null when there is no rule. */
        public String summary() {
            List<String> parts = new ArrayList<>();
            if (preferredChannel != null) {
                parts.add(preferredChannel);
            }
            if (safeFromHour != null && safeToHour != null) {
                parts.add(String.format("%02d:00–%02d:00", safeFromHour, safeToHour));
            }
            if (whoMayCall != null) {
                parts.add(whoMayCall);
            }
            return parts.isEmpty() ? null : String.join(" · ", parts);
        }
    }

    /** A change to the rule; {@code version} is the one the editor saw (a stale one is a conflict). */
    public record ContactRuleChange(String preferredChannel, Integer safeFromHour, Integer safeToHour, String whoMayCall,
            Long version) {
    }

    @PublishedAs("ConcernView")
    public record ConcernDetail(long id, long witnessId, LocalDate raisedOn, String raisedBy, String description,
            LocalDate closedOn, String closedBy, String resolution, boolean open) implements Serializable {

        static ConcernDetail of(Concern c) {
            return new ConcernDetail(c.getId(), c.getWitnessId(), c.getRaisedOn(), c.getRaisedBy(), c.getDescription(),
                    c.getClosedOn(), c.getClosedBy(), c.getResolution(), c.isOpen());
        }
    }

    /** Everything the safety page shows about one witness. */
    public record Overview(long witnessId, long caseId, String witness, String role, boolean hasPhone, boolean hasEmail,
            ContactRuleDetail rule, List<ConcernDetail> concerns) implements Serializable {
    }

    public Overview overview(long witnessId) {
        CaseWitness w = witnessInScope(witnessId);
        return new Overview(witnessId, w.caseId().value(), w.label(), w.role().name(), w.reachableByPhone(), w.reachableByEmail(),
                ContactRuleDetail.of(witnessId, safety.contactRule(witnessId).orElse(null)),
                safety.concernsOf(witnessId).stream().map(ConcernDetail::of).toList());
    }

    public ContactRuleDetail contactRule(long witnessId) {
        witnessInScope(witnessId);
        return ContactRuleDetail.of(witnessId, safety.contactRule(witnessId).orElse(null));
    }

    public ContactRuleDetail changeContactRule(long witnessId, ContactRuleChange change) {
        CaseWitness w = witnessInScope(witnessId);
        if (change == null) {
            throw InvalidInputException.of("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        ContactRule.Channel channel = null;
        if (change.preferredChannel() != null && !change.preferredChannel().isBlank()) {
            try {
                channel = ContactRule.Channel.valueOf(change.preferredChannel().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("preferredChannel", "must be SMS, EMAIL or CALL"));
            }
        }
        if (channel == ContactRule.Channel.SMS && !w.reachableByPhone()) {
            errors.add(new FieldError("preferredChannel", "the witness has no phone number on record"));
        }
        if (channel == ContactRule.Channel.EMAIL && !w.reachableByEmail()) {
            errors.add(new FieldError("preferredChannel", "the witness has no e-mail address on record"));
        }
        Integer from = change.safeFromHour();
        Integer to = change.safeToHour();
        if ((from == null) != (to == null)) {
            errors.add(new FieldError(from == null ? "safeFromHour" : "safeToHour", "give both safe hours or neither"));
        }
        if (from != null && (from < 0 || from > 23)) {
            errors.add(new FieldError("safeFromHour", "must be an hour from 0 to 23"));
        }
        if (to != null && (to < 0 || to > 23)) {
            errors.add(new FieldError("safeToHour", "must be an hour from 0 to 23"));
        }
        if (from != null && from.equals(to)) {
            errors.add(new FieldError("safeToHour", "must differ from safeFromHour"));
        }
        String whoMayCall = change.whoMayCall() == null || change.whoMayCall().isBlank() ? null : change.whoMayCall().strip();
        if (whoMayCall != null && whoMayCall.length() > 300) {
            errors.add(new FieldError("whoMayCall", "must be at most 300 characters"));
        }
        InvalidInputException.throwIfAny(errors);
        ContactRule rule = safety.contactRule(witnessId).orElse(null);
        if (rule == null) {
            if (change.version() != null && change.version() != 0) {
                throw new ConflictException("the contact rule was removed or never saved; reload it");
            }
            rule = repository.save(new ContactRule(witnessId, w.programmeId()));
        } else {
            locks.forEdit(rule, change.version(), "the contact rule was changed by someone else; reload it");
        }
        rule.change(channel, from, to, whoMayCall, caller.username());
        repository.flush(); // the answer carries the new version
        audit.record(AuditActions.UPDATE, "witness-contact-rule", witnessId, "changed");
        return ContactRuleDetail.of(witnessId, rule);
    }

    public List<ConcernDetail> concerns(long witnessId) {
        witnessInScope(witnessId);
        return safety.concernsOf(witnessId).stream().map(ConcernDetail::of).toList();
    }

    /** Records a concern and asks for a safety check, due today, before the witness's next hearing. */
    public ConcernDetail raiseConcern(long witnessId, String description) {
        CaseWitness w = witnessInScope(witnessId);
        String text = required("description", description);
        Concern concern = repository.save(new Concern(witnessId, w.programmeId(), LocalDate.now(), caller.username(), text));
        safetyChecks.askBeforeNextHearing(witnessId);
        repository.flush();
        audit.record(AuditActions.CREATE, "witness-concern", concern.getId(), "raised");
        return ConcernDetail.of(concern);
    }

    /** Closes a concern with what was done; closing it again changes nothing. */
    public ConcernDetail closeConcern(long witnessId, long concernId, String resolution) {
        witnessInScope(witnessId);
        Concern concern = safety.concern(concernId).filter(c -> c.getWitnessId() == witnessId)
                .orElseThrow(() -> new NotFoundException("concern"));
        String text = required("resolution", resolution);
        if (concern.close(LocalDate.now(), caller.username(), text)) {
            audit.record(AuditActions.UPDATE, "witness-concern", concernId, "closed");
        }
        return ConcernDetail.of(concern);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        if (value.strip().length() > 1000) {
            throw InvalidInputException.of(field, "must be at most 1000 characters");
        }
        return value.strip();
    }

    private CaseWitness witnessInScope(long witnessId) {
        caller.requireAnyRole(AttendanceService.STAFF);
        CaseWitness w = courts.witness(WitnessId.of(witnessId)).orElseThrow(() -> new NotFoundException("witness"));
        caller.requireProgramme(w.programmeId());
        return w;
    }
}
