package org.liberta.casework.internal.application;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liberta.casework.api.ConsentPurpose;
import org.liberta.casework.api.ControlMethod;
import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;
import org.liberta.casework.api.RecruitmentMethod;
import org.liberta.casework.api.SurvivorId;
import org.liberta.casework.api.SurvivorSummary;
import org.liberta.casework.api.Survivors;
import org.liberta.casework.internal.domain.CaseworkRepository;
import org.liberta.casework.internal.domain.CaseworkRepository.CaseloadFilter;
import org.liberta.casework.internal.domain.Consent;
import org.liberta.casework.internal.domain.Pseudonyms;
import org.liberta.casework.internal.domain.Survivor;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.Violations;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.rest.PublishedAs;
import org.liberta.platform.api.vault.IdentityVault;
import org.liberta.platform.api.vault.SubjectRef;

/**
 * Intake, the caseload and identity reveals. The legal name and contact details go straight into the identity
 * vault; everything else Liberta shows about a survivor is pseudonymised.
 */
@ApplicationScoped
@Transactional
public class SurvivorService implements Survivors {

    /** Identity fields kept in the vault, in the order a reveal shows them. */
    static final List<String> IDENTITY_FIELDS = List.of("legalName", "birthDate", "phone", "email", "address",
            "identityDocument");

    @Inject
    private CaseworkRepository repository;

    @Inject
    private Validator validator;

    @Inject
    private CaseworkAccess access;

    @Inject
    private Caller caller;

    @Inject
    private Programmes programmes;

    @Inject
    private IdentityVault vault;

    @Inject
    private AuditLog audit;

    /**
     * An intake as a navigator records it, on the caseload page or as the body of {@code POST /api/survivors};
     * identity fields are optional (some survivors stay anonymous). {@code phone}, {@code address},
     * {@code identityDocument} (type and number, e.g. "passport BD1234567"; sealed in the vault like the name),
     * {@code controlMethods}, {@code recruitmentMethod}, {@code languages} (ISO 639-1), {@code intakeDate} and
     * {@code consents} extend the contract; exploitation types and consents left out are none.
     */
    @PublishedAs("SurvivorBody")
    public record Intake(
            @NotBlank String programme,
            @Size(max = 200) String legalName,
            @Size(max = 40) String phone,
            @Size(max = 400) String address,
            @Size(max = 200) String identityDocument,
            @NotNull Gender gender,
            Integer birthYear,
            String nationality,
            Set<@NotNull ExploitationType> exploitationTypes,
            Set<@NotNull ControlMethod> controlMethods,
            RecruitmentMethod recruitmentMethod,
            Set<@NotNull String> languages,
            LocalDate intakeDate,
            Set<@NotNull ConsentPurpose> consents) {

        public Intake {
            exploitationTypes = exploitationTypes == null ? Set.of() : exploitationTypes;
            consents = consents == null ? Set.of() : consents;
        }

        Profile profile() {
            return new Profile(gender, birthYear, upper(nationality), exploitationTypes,
                    controlMethods == null ? Set.of() : controlMethods, recruitmentMethod,
                    languages == null ? Set.of() : Languages.normalise(languages));
        }
    }

    /** What Liberta records about who a survivor is and what happened to them, without their identity. */
    record Profile(Gender gender, Integer birthYear, String nationality, Set<ExploitationType> exploitation,
            Set<ControlMethod> control, RecruitmentMethod recruitment, Set<String> languages)
            implements java.io.Serializable {

        boolean applyTo(Survivor survivor) {
            return survivor.describe(gender, birthYear, nationality, exploitation.isEmpty()
                    ? java.util.EnumSet.noneOf(ExploitationType.class) : java.util.EnumSet.copyOf(exploitation),
                    control.isEmpty() ? java.util.EnumSet.noneOf(ControlMethod.class) : java.util.EnumSet.copyOf(control),
                    recruitment, languages);
        }

        /** Every complaint about the profile, each naming its field, as intake and imports both report them. */
        List<FieldError> problems() {
            List<FieldError> errors = new ArrayList<>();
            int thisYear = Year.now().getValue();
            if (birthYear != null && (birthYear > thisYear || birthYear < thisYear - 120)) {
                errors.add(new FieldError("birthYear", "must be a year between " + (thisYear - 120) + " and " + thisYear));
            }
            if (nationality != null && !Countries.isValid(nationality)) {
                errors.add(new FieldError("nationality", "must be an ISO 3166-1 alpha-2 country code such as BD"));
            }
            languages.stream().filter(l -> !Languages.isValid(l)).findFirst().ifPresent(l -> errors.add(
                    new FieldError("languages", "'" + l + "' is not an ISO 639-1 language code such as bn")));
            return errors;
        }
    }

    public SurvivorDetail intake(Intake intake) {
        caller.requireAnyRole(CaseworkAccess.CARE_ROLES);
        Violations.require(validator, intake);
        ProgrammeSummary programme = programmes.requireByCode("programme", intake.programme());
        caller.requireProgramme(programme.id());
        LocalDate intakeOn = intake.intakeDate() == null ? LocalDate.now() : intake.intakeDate();
        Profile profile = intake.profile();
        List<FieldError> errors = new ArrayList<>(profile.problems());
        if (intakeOn.isAfter(LocalDate.now())) {
            errors.add(new FieldError("intakeDate", "must not be in the future"));
        }
        InvalidInputException.throwIfAny(errors);
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("legalName", intake.legalName());
        identity.put("phone", intake.phone());
        identity.put("address", intake.address());
        identity.put("identityDocument", intake.identityDocument());
        Survivor survivor = admit(programme, profile, identity, intake.consents(), intakeOn, "intake");
        return view(survivor, programme.code());
    }

    /**
     * Creates the survivor with a new reference and pseudonym, seals the identity and audits; intake and imports
     * both come through here once they have checked the caller and the input.
     */
    Survivor admit(ProgrammeSummary programme, Profile profile, Map<String, String> identity,
            Set<ConsentPurpose> consents, LocalDate intakeOn, String how) {
        return admit(programme, profile, identity, consents, intakeOn, how, new java.util.HashSet<>());
    }

    /**
     * As above, for bulk writes whose rows are not yet in the database: {@code issuedPseudonyms} holds the
     * pseudonyms this transaction already gave out (and receives the new one), so two rows never share one.
     */
    Survivor admit(ProgrammeSummary programme, Profile profile, Map<String, String> identity,
            Set<ConsentPurpose> consents, LocalDate intakeOn, String how, Set<String> issuedPseudonyms) {
        String reference = repository.lockReferenceCounter(programme.code(), intakeOn.getYear()).issue();
        String pseudonym = Pseudonyms.generate(p -> issuedPseudonyms.contains(p) || repository.pseudonymTaken(programme.id(), p));
        issuedPseudonyms.add(pseudonym);
        Survivor survivor = repository.save(new Survivor(programme.id(), reference, pseudonym, profile.gender(),
                profile.birthYear(), profile.nationality(), profile.exploitation(), intakeOn));
        profile.applyTo(survivor);
        consents.forEach(purpose -> survivor.giveConsent(purpose, intakeOn));
        Map<String, String> sealed = new LinkedHashMap<>(identity);
        String birthDate = identity.get("birthDate");
        String key = HtcdsReader.identityKey(identity.get("legalName"), birthDate == null ? null : LocalDate.parse(birthDate));
        if (key != null) {
            // Lets a partner's spreadsheet describing this person later find them instead of admitting them twice.
            sealed.putIfAbsent(HtcdsImportWriter.MATCH_FIELD, programme.code() + "|" + key);
        }
        vault.sealNew(subject(survivor), sealed);
        audit.record(AuditActions.CREATE, "survivor", survivor.getId(), how + " " + reference);
        return survivor;
    }

    public SurvivorDetail survivor(long id) {
        Survivor survivor = access.survivorForSummary(id);
        return view(survivor, programmeCode(survivor));
    }

    /** A survivor by Liberta reference, within the caller's scope (e.g. naming a peer mentor). */
    public SurvivorDetail byReference(String reference) {
        caller.requireAnyRole(CaseworkAccess.SUMMARY_ROLES);
        Survivor survivor = reference == null ? null : repository.survivorByReference(reference.strip().toUpperCase(Locale.ROOT))
                .filter(s -> caller.canSeeProgramme(s.getProgrammeId())).orElse(null);
        if (survivor == null) {
            throw InvalidInputException.of("reference", "no survivor with that reference in your programmes");
        }
        return view(survivor, programmeCode(survivor));
    }

    /** The caseload of the caller's programmes (or one of them), next due first, one page from the database. */
    public Page<SurvivorDetail> caseload(String programmeCode, Survivor.Status status, boolean overdueOnly,
            boolean withoutPoliceContact, PageRequest page) {
        caller.requireAnyRole(CaseworkAccess.SUMMARY_ROLES);
        Set<Long> scope = caller.programmeIds();
        if (programmeCode != null && !programmeCode.isBlank()) {
            ProgrammeSummary programme = programmes.requireByCode("programme", programmeCode);
            scope = scope.contains(programme.id()) ? Set.of(programme.id()) : Set.of();
        }
        if (scope.isEmpty()) {
            return new Page<>(List.of(), 0, page.page(), page.size());
        }
        CaseloadFilter filter = new CaseloadFilter(scope, overdueOnly ? LocalDate.now() : null, withoutPoliceContact, status);
        Map<Long, String> codes = new LinkedHashMap<>();
        programmes.all().forEach(p -> codes.put(p.id(), p.code()));
        List<SurvivorDetail> items = repository.caseload(filter, page.offset(), page.size()).stream()
                .map(s -> view(s, codes.get(s.getProgrammeId()))).toList();
        return new Page<>(items, repository.countCaseload(filter), page.page(), page.size());
    }

    /** The navigator's day: open survivors whose follow-up is overdue, and open survivors with no police contact yet. */
    public record Workload(long overdueFollowUps, long withoutPoliceContact) {
    }

    /** Counted with the caseload's own filter, so each count matches the caseload page it links to. */
    public Workload workload() {
        caller.requireAnyRole(CaseworkAccess.CARE_ROLES);
        Set<Long> scope = caller.programmeIds();
        if (scope.isEmpty()) {
            return new Workload(0, 0);
        }
        return new Workload(
                repository.countCaseload(new CaseloadFilter(scope, LocalDate.now(), false, Survivor.Status.OPEN)),
                repository.countCaseload(new CaseloadFilter(scope, null, true, Survivor.Status.OPEN)));
    }

    /** Records a survivor giving or withdrawing consent to one purpose, as of today; audited. */
    /** Giving ({@code given} true) or withdrawing (false) consent to one purpose: {@code POST /survivors/{id}/consents}. */
    @PublishedAs("ConsentBody")
    public record ConsentChange(@NotNull ConsentPurpose purpose, @NotNull Boolean given) {
    }

    public SurvivorDetail changeConsent(long id, ConsentChange change) {
        Survivor survivor = access.survivorForCare(id);
        Violations.require(validator, change);
        ConsentPurpose purpose = change.purpose();
        boolean given = change.given();
        if (given) {
            survivor.giveConsent(purpose, LocalDate.now());
        } else if (!survivor.withdrawConsent(purpose, LocalDate.now())) {
            throw InvalidInputException.of("purpose", "no consent to " + purpose + " to withdraw");
        }
        audit.record(AuditActions.UPDATE, "survivor", id, (given ? "consent given: " : "consent withdrawn: ") + purpose);
        return view(survivor, programmeCode(survivor));
    }

    /**
     * The identity behind a pseudonym, with a reason; audited by the vault. For people giving care, and for a
     * lawyer whose case needs this survivor as victim or witness (granted by the courts module).
     */
    @Override
    public Map<String, String> reveal(SurvivorId id, String reason) {
        Survivor survivor = caller.hasRole(Role.LAWYER) && !caller.hasAnyRole(CaseworkAccess.CARE_ROLES)
                ? access.survivorForLawyer(id.value()) : access.survivorForCare(id.value());
        Map<String, String> revealed = vault.reveal(subject(survivor), reason);
        Map<String, String> ordered = new LinkedHashMap<>();
        IDENTITY_FIELDS.forEach(f -> ordered.put(f, revealed.get(f)));
        return ordered;
    }

    @Override
    public Optional<SurvivorSummary> summary(SurvivorId survivorId) {
        return repository.survivor(survivorId.value()).filter(s -> caller.canSeeProgramme(s.getProgrammeId()))
                .map(s -> new SurvivorSummary(survivorId, s.getReference(), s.getPseudonym(), s.getProgrammeId()));
    }

    static SubjectRef subject(Survivor survivor) {
        return new SubjectRef(Survivor.VAULT_TYPE, survivor.getId(), survivor.getProgrammeId());
    }

    String programmeCode(Survivor survivor) {
        return programmes.byId(survivor.getProgrammeId()).map(ProgrammeSummary::code)
                .orElseThrow(() -> new NotFoundException("programme"));
    }

    static SurvivorDetail view(Survivor s, String programmeCode) {
        return new SurvivorDetail(s.getId(), s.getReference(), s.getPseudonym(), programmeCode, s.getGender(),
                s.getBirthYear(), s.getNationality(), s.getExploitationTypes(), s.getControlMethods(),
                s.getRecruitmentMethod(), s.getLanguages(), s.getIntakeOn(), s.getStatus().name(), s.getClosedOn(),
                s.getAnonymisedOn() != null, s.getLegalHoldReason() != null,
                s.getLastContactOn(), s.getNextDueOn(), s.isOverdueOn(LocalDate.now()), s.isPoliceContacted(),
                s.getConsents().stream().filter(Consent::isActive).map(Consent::getPurpose)
                        .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(ConsentPurpose.class))),
                s.getVersion());
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }
}
