package org.liberta.casework.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.liberta.casework.internal.domain.RetentionRepository;
import org.liberta.platform.api.persistence.RecordLocks;
import org.liberta.casework.api.LegalHolds;
import org.liberta.casework.internal.application.CareService.TimelineEntry;
import org.liberta.casework.internal.domain.CaseworkRepository;
import org.liberta.casework.internal.domain.Investigation;
import org.liberta.casework.internal.domain.RetentionPolicy;
import org.liberta.casework.internal.domain.Survivor;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ConflictException;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.documents.PdfDocument;
import org.liberta.platform.api.vault.IdentityVault;

/**
 * The survivor's rights and the charity's duty not to keep identities longer than needed, all for
 * administrators: retention per programme (closed cases past the period lose their identity; the pseudonymous
 * facts stay so the figures do not change), legal holds (set by hand, or by any module whose proceedings still
 * need the person: an open court case), subject access (everything held, as JSON and PDF) and erasure on request
 * (the same anonymisation, refused while on hold). Every step is audited without personal values.
 */
@ApplicationScoped
@Transactional
public class DataProtectionService {

    /** Retention runs anonymise at most this many cases per call; the page and scripts repeat until none are left. */
    static final int RUN_LIMIT = 2000;

    @Inject
    private RecordLocks locks;

    @Inject
    private Caller caller;

    @Inject
    private Programmes programmes;

    @Inject
    private CaseworkRepository repository;

    @Inject
    private RetentionRepository retention;

    @Inject
    private IdentityVault vault;

    @Inject
    private AuditLog audit;

    @Inject
    private CareService care;

    @Inject
    @Any
    private Instance<LegalHolds> legalHolds;

    @Inject
    @ConfigProperty(name = "liberta.retention.months", defaultValue = "72")
    private int defaultRetentionMonths;

    public record Policy(String programme, int retentionMonths, boolean isDefault, long version) implements Serializable {
    }

    /** A case retention would anonymise (or keeps, with the reason). */
    public record RetentionCandidate(long survivorId, String reference, String pseudonym, LocalDate closedOn,
            String heldBecause) implements Serializable {
    }

    public record RetentionRun(String programme, LocalDate closedBefore, boolean dryRun, int anonymised,
            List<RetentionCandidate> candidates) implements Serializable {
    }

    public Policy policy(String programmeCode) {
        caller.requireAnyRole(Role.ADMIN);
        ProgrammeSummary programme = programmes.requireByCode("programme", programmeCode);
        return retention.retentionPolicy(programme.id())
                .map(p -> new Policy(programme.code(), p.getRetentionMonths(), false, p.getVersion()))
                .orElseGet(() -> new Policy(programme.code(), defaultRetentionMonths, true, -1));
    }

    /** Sets how many months a closed case keeps its identity; {@code version} guards against a stale edit. */
    public Policy setPolicy(String programmeCode, Integer months, Long version) {
        caller.requireAnyRole(Role.ADMIN);
        ProgrammeSummary programme = programmes.requireByCode("programme", programmeCode);
        if (months == null || months < 1 || months > 1200) {
            throw InvalidInputException.of("retentionMonths", "must be a number of months from 1 to 1200");
        }
        RetentionPolicy policy = retention.retentionPolicy(programme.id()).orElse(null);
        if (policy == null) {
            policy = repository.save(new RetentionPolicy(programme.id(), months));
        } else {
            locks.forEdit(policy, version, "the retention policy was changed by someone else; reload it");
            policy.keepFor(months);
        }
        locks.writeNow(); // the answer carries the version the next change must send
        audit.record(AuditActions.UPDATE, "retention-policy", programme.id(), programme.code() + ": " + months + " months");
        return new Policy(programme.code(), months, false, policy.getVersion());
    }

    /**
     * Anonymises the programme's cases closed longer ago than its retention period, except those on legal hold;
     * a dry run only lists what would go (and what is held, and why). Audited either way.
     */
    public RetentionRun runRetention(String programmeCode, boolean dryRun) {
        Policy policy = policy(programmeCode);
        ProgrammeSummary programme = programmes.requireByCode("programme", programmeCode);
        LocalDate closedBefore = LocalDate.now().minusMonths(policy.retentionMonths());
        List<Survivor> due = retention.closedBefore(programme.id(), closedBefore, RUN_LIMIT);
        Set<Long> heldElsewhere = heldByModules(due.stream().map(Survivor::getId).toList());
        List<RetentionCandidate> candidates = new ArrayList<>();
        int anonymised = 0;
        for (Survivor s : due) {
            String held = holdReason(s, heldElsewhere);
            candidates.add(new RetentionCandidate(s.getId(), s.getReference(), s.getPseudonym(), s.getClosedOn(), held));
            if (!dryRun && held == null) {
                anonymise(s);
                anonymised++;
            }
        }
        audit.record(dryRun ? "RETENTION_DRY_RUN" : "RETENTION_RUN", "programme", programme.id(), programme.code()
                + ": closed before " + closedBefore + ", " + due.size() + " due, " + anonymised + " anonymised");
        return new RetentionRun(programme.code(), closedBefore, dryRun, anonymised, candidates);
    }

    public void placeLegalHold(long survivorId, String reason) {
        Survivor survivor = survivorForAdmin(survivorId);
        if (reason == null || reason.isBlank() || reason.length() > 400) {
            throw InvalidInputException.of("reason", "say why the record must be kept (up to 400 characters)");
        }
        survivor.placeLegalHold(reason.strip());
        audit.record(AuditActions.UPDATE, "survivor", survivorId, "legal hold placed");
    }

    public void releaseLegalHold(long survivorId) {
        survivorForAdmin(survivorId).releaseLegalHold();
        audit.record(AuditActions.UPDATE, "survivor", survivorId, "legal hold released");
    }

    /** Erasure on the survivor's request: the same anonymisation as retention, refused while on legal hold. */
    public void erase(long survivorId, String reason) {
        Survivor survivor = survivorForAdmin(survivorId);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "record the request (e.g. the date and how it was made)");
        }
        if (survivor.getAnonymisedOn() != null) {
            throw new ConflictException("the identity was already erased on " + survivor.getAnonymisedOn());
        }
        String held = holdReason(survivor, heldByModules(List.of(survivorId)));
        if (held != null) {
            throw new ConflictException("on legal hold: " + held);
        }
        anonymise(survivor);
        audit.record(AuditActions.DELETE, "survivor", survivorId, "identity erased on request");
    }

    /**
     * Everything Liberta holds about one survivor, for a subject access request: profile, identity (the reveal is
     * audited), consents, every event of their care and the investigations they took part in.
     */
    public Map<String, Object> subjectAccess(long survivorId) {
        Survivor s = survivorForAdmin(survivorId);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("reference", s.getReference());
        file.put("pseudonym", s.getPseudonym());
        file.put("programme", programmes.byId(s.getProgrammeId()).map(ProgrammeSummary::code).orElse(null));
        file.put("gender", s.getGender());
        file.put("birthYear", s.getBirthYear());
        file.put("nationality", s.getNationality());
        file.put("languages", s.getLanguages());
        file.put("exploitationTypes", s.getExploitationTypes());
        file.put("controlMethods", s.getControlMethods());
        file.put("recruitmentMethod", s.getRecruitmentMethod());
        file.put("intakeOn", s.getIntakeOn());
        file.put("status", s.getStatus());
        file.put("closedOn", s.getClosedOn());
        file.put("anonymisedOn", s.getAnonymisedOn());
        file.put("legalHold", s.getLegalHoldReason());
        Map<String, String> identity = new LinkedHashMap<>(vault.reveal(SurvivorService.subject(s), "subject access request"));
        identity.remove(HtcdsImportWriter.MATCH_FIELD);
        file.put("identity", identity);
        List<Map<String, Object>> consents = new ArrayList<>();
        s.getConsents().forEach(c -> {
            Map<String, Object> consent = new LinkedHashMap<>();
            consent.put("purpose", c.getPurpose());
            consent.put("givenOn", c.getGivenOn());
            consent.put("withdrawnOn", c.getWithdrawnOn());
            consents.add(consent);
        });
        file.put("consents", consents);
        file.put("timeline", care.timeline(survivorId));
        file.put("investigations", repository.investigationsOf(survivorId).stream().map(Investigation::getPoliceReference).toList());
        audit.record(AuditActions.EXPORT, "survivor", survivorId, "subject access file");
        return file;
    }

    /** The subject access file as a PDF a person can be handed. */
    public byte[] subjectAccessPdf(long survivorId) {
        Map<String, Object> file = subjectAccess(survivorId);
        PdfDocument pdf = new PdfDocument("Subject access: " + file.get("reference"),
                "Everything Liberta holds about this person, produced " + LocalDate.now() + ".");
        Map<String, Object> profile = new LinkedHashMap<>(file);
        List.of("identity", "consents", "timeline", "investigations").forEach(profile::remove);
        pdf.heading("Record").facts(profile);
        @SuppressWarnings("unchecked")
        Map<String, String> identity = (Map<String, String>) file.get("identity");
        pdf.heading("Identity");
        if (identity.isEmpty()) {
            pdf.paragraph("No identity is held.");
        } else {
            pdf.facts(identity);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> consents = (List<Map<String, Object>>) file.get("consents");
        pdf.heading("Consents").table(List.of("Purpose", "Given on", "Withdrawn on"),
                consents.stream().map(c -> List.<Object>of(String.valueOf(c.get("purpose")), String.valueOf(c.get("givenOn")),
                        c.get("withdrawnOn") == null ? "" : c.get("withdrawnOn").toString())).toList());
        @SuppressWarnings("unchecked")
        List<TimelineEntry> timeline = (List<TimelineEntry>) file.get("timeline");
        pdf.heading("Care records").table(List.of("Date", "What", "Details"),
                timeline.stream().map(e -> List.<Object>of(e.date().toString(), e.kind(), e.details().toString())).toList());
        pdf.heading("Police investigations").paragraph(String.valueOf(file.get("investigations")));
        return pdf.toBytes();
    }

    private void anonymise(Survivor s) {
        vault.destroy(SurvivorService.subject(s));
        retention.clearFreeText(s.getId());
        s.markAnonymised(LocalDate.now());
        audit.record(AuditActions.UPDATE, "survivor", s.getId(), "anonymised: identity destroyed, notes removed");
    }

    private String holdReason(Survivor s, Set<Long> heldElsewhere) {
        if (s.getLegalHoldReason() != null) {
            return s.getLegalHoldReason();
        }
        return heldElsewhere.contains(s.getId()) ? "a witness or victim in an open court case" : null;
    }

    private Set<Long> heldByModules(List<Long> survivorIds) {
        Set<Long> held = new HashSet<>();
        if (!survivorIds.isEmpty()) {
            legalHolds.forEach(h -> held.addAll(h.heldAmong(survivorIds)));
        }
        return held;
    }

    private Survivor survivorForAdmin(long survivorId) {
        caller.requireAnyRole(Role.ADMIN);
        Survivor survivor = repository.survivor(survivorId).orElseThrow(() -> new NotFoundException("survivor"));
        caller.requireProgramme(survivor.getProgrammeId());
        return survivor;
    }
}
