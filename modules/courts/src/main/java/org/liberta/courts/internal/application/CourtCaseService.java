package org.liberta.courts.internal.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liberta.casework.api.SurvivorId;
import org.liberta.casework.api.Survivors;
import org.liberta.courts.api.CaseStage;
import org.liberta.courts.api.ChargingDecision;
import org.liberta.courts.api.CaseId;
import org.liberta.courts.api.Custody;
import org.liberta.courts.api.CustodyChanged;
import org.liberta.courts.api.Track;
import org.liberta.courts.api.VerdictOutcome;
import org.liberta.courts.internal.application.CourtViews.AccusedDetail;
import org.liberta.courts.internal.application.CourtViews.CaseDetail;
import org.liberta.courts.internal.application.CourtViews.CaseRow;
import org.liberta.courts.internal.application.CourtViews.StageDetail;
import org.liberta.courts.internal.application.CourtViews.Victim;
import org.liberta.courts.internal.domain.Accused;
import org.liberta.courts.internal.domain.Court;
import org.liberta.courts.internal.domain.CourtCase;
import org.liberta.courts.internal.domain.CourtsRepository;
import org.liberta.courts.internal.domain.CourtsRepository.CaseFilter;
import org.liberta.courts.internal.domain.CourtsRepository.CaseNeed;
import org.liberta.courts.internal.domain.CourtsRepository.CaseSort;
import org.liberta.courts.internal.domain.StageChange;
import org.liberta.courts.internal.domain.StageRules;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ConflictException;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.TextFields;
import org.liberta.platform.api.Violations;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.rest.PublishedAs;

/**
 * Prosecutions: opening a case, "my cases", the case page, stages, accused and verdicts. Victims are casework's
 * survivors, named here by id and shown by pseudonym through casework.api.
 */
@ApplicationScoped
@Transactional
public class CourtCaseService {

    @Inject
    private CaseWorkload workload;

    @Inject
    private Validator validator;

    @Inject
    private CourtsRepository repository;

    @Inject
    private CourtsAccess access;

    @Inject
    private Caller caller;

    @Inject
    private Programmes programmes;

    @Inject
    private Survivors survivors;

    @Inject
    private HearingService hearings;

    @Inject
    private AuditLog audit;

    @Inject
    private CourtZones zones;

    @Inject
    private org.liberta.platform.api.persistence.RecordLocks locks;

    @Inject
    private jakarta.enterprise.event.Event<CustodyChanged> custodyChanged;

    /**
     * A new case as a lawyer records it, and as {@code POST /court-cases} takes it: the court is named (found or
     * created) or given by {@code courtId}; {@code stage} extends the contract (default: the track's first).
     */
    @PublishedAs("CaseBody")
    public record NewCase(@NotBlank String programme, @NotBlank @Size(max = 80) String caseNumber,
            @Size(max = 200) String court, Long courtId, @Size(max = 120) String district, @NotNull LocalDate filedOn,
            LocalDate supportStart, LocalDate supportEnd, Set<@NotBlank @Size(max = 200) String> offences,
            Set<@NotNull Long> victimSurvivorIds, CaseStage stage) {
    }

    @PublishedAs("StageBody")
    public record StageMove(@NotNull CaseStage stage, @NotNull LocalDate date, ChargingDecision decision,
            @Size(max = 1000) String reason) {
    }

    @PublishedAs("AccusedBody")
    public record NewAccused(@NotBlank @Size(max = 120) String alias, LocalDate arrestedOn, Custody custody) {
    }

    /** {@code reason} extends the contract: asked for by the case page for an acquittal, never required. */
    @PublishedAs("VerdictBody")
    public record Verdict(@NotNull LocalDate date, @NotNull VerdictOutcome outcome, @Size(max = 1000) String reason,
            @Size(max = 400) String sentence, BigDecimal compensation) {
    }

    public CaseDetail open(NewCase c) {
        caller.requireAnyRole(CourtsAccess.WRITE_ROLES);
        Violations.require(validator, c);
        ProgrammeSummary programme = programmes.requireByCode("programme", c.programme());
        caller.requireProgramme(programme.id());
        Track track = Track.ofCountry(programme.country());
        List<FieldError> errors = new ArrayList<>();
        if (c.filedOn().isAfter(LocalDate.now())) {
            errors.add(new FieldError("filedOn", "must not be in the future"));
        }
        if (c.supportStart() != null && c.supportEnd() != null && c.supportEnd().isBefore(c.supportStart())) {
            errors.add(new FieldError("supportEnd", "must not be before supportStart"));
        }
        if (c.stage() != null && c.stage().track() != track) {
            errors.add(new FieldError("stage", c.stage() + " is not a stage of a " + track + " prosecution"));
        }
        Set<Long> victims = c.victimSurvivorIds() == null ? Set.of() : c.victimSurvivorIds();
        victims.stream().filter(id -> survivors.summary(SurvivorId.of(id)).filter(s -> s.programmeId() == programme.id()).isEmpty())
                .findFirst().ifPresent(id -> errors.add(new FieldError("victimSurvivorIds",
                        "survivor " + id + " is not a survivor of programme " + programme.code())));
        Court court = court(c.court(), c.courtId(), c.district(), errors);
        InvalidInputException.throwIfAny(errors);
        String number = c.caseNumber().strip();
        if (court.getId() != null && repository.caseNumberTaken(court.getId(), number)) {
            throw new ConflictException("case " + number + " is already recorded at " + court.getName());
        }
        CaseStage first = c.stage() != null ? c.stage() : CaseStage.first(track);
        String given = TextFields.clean(c.district());
        String district = given != null ? given : court.getDistrict();
        CourtCase courtCase = repository.save(new CourtCase(programme.id(), number, court.getId(), district,
                c.filedOn(), first, c.supportStart(), c.supportEnd(), c.offences() == null ? Set.of() : c.offences(), victims));
        repository.save(new StageChange(courtCase.getId(), first, c.filedOn(), null, null));
        audit.record(AuditActions.CREATE, "court-case", courtCase.getId(), programme.code() + " " + number);
        return detail(courtCase);
    }

    /** The court by id, or by name (created on first use, case-insensitively); problems go into {@code errors}. */
    private Court court(String name, Long id, String district, List<FieldError> errors) {
        if (id != null) {
            return repository.court(id).orElseGet(() -> {
                errors.add(new FieldError("courtId", "no court with id " + id));
                return null;
            });
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("court", "name the court (or give courtId)"));
            return null;
        }
        return repository.courtByName(name)
                .orElseGet(() -> repository.save(new Court(name, TextFields.clean(district))));
    }

    /** "My cases": the caller's programmes (or one), filtered and sorted in the database, one page at a time. */
    public Page<CaseRow> cases(String programmeCode, Long courtId, CaseStage stage, CourtCase.Status status,
            String caseNumberPrefix, CaseSort sort, PageRequest page) {
        return cases(programmeCode, courtId, stage, status, caseNumberPrefix, null, sort, page);
    }

    /** The list, narrowed to the cases waiting for one kind of work (the home page's links), or all when null. */
    public Page<CaseRow> cases(String programmeCode, Long courtId, CaseStage stage, CourtCase.Status status,
            String caseNumberPrefix, CaseNeed need, CaseSort sort, PageRequest page) {
        caller.requireAnyRole(CourtsAccess.READ_ROLES);
        Set<Long> scope = caller.programmeIds();
        if (programmeCode != null && !programmeCode.isBlank()) {
            ProgrammeSummary programme = programmes.requireByCode("programme", programmeCode);
            scope = scope.contains(programme.id()) ? Set.of(programme.id()) : Set.of();
        }
        if (scope.isEmpty()) {
            return new Page<>(List.of(), 0, page.page(), page.size());
        }
        String prefix = caseNumberPrefix == null || caseNumberPrefix.isBlank() ? null
                : caseNumberPrefix.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        CaseFilter filter = workload.filter(scope, need, status, stage, courtId, prefix);
        Map<Long, String> codes = programmeCodes();
        Map<Long, Court> courts = new HashMap<>();
        CourtZones.Memo zones = this.zones.memo();
        List<CaseRow> rows = repository.cases(filter, sort == null ? CaseSort.NEXT_HEARING : sort, page.offset(), page.size())
                .stream().map(c -> row(c, codes, courts, zones)).toList();
        return new Page<>(rows, repository.countCases(filter), page.page(), page.size());
    }

    private CaseRow row(CourtCase c, Map<Long, String> codes, Map<Long, Court> courts, CourtZones.Memo zones) {
        Court court = courts.computeIfAbsent(c.getCourtId(), id -> repository.court(id).orElse(null));
        LocalDate end = c.getDisposedOn() != null ? c.getDisposedOn() : LocalDate.now();
        return new CaseRow(c.getId(), codes.get(c.getProgrammeId()), court == null ? null : court.getName(),
                c.getDistrict(), c.getCaseNumber(), c.getStage(), c.getStatus().name(),
                zones.withOffset(c.getNextHearingAt(), c.getProgrammeId()), ChronoUnit.DAYS.between(c.getFiledOn(), end), c.getAccusedCount(), c.getLastAdjournmentReason(),
                c.getVersion());
    }

    public CaseDetail courtCase(long id) {
        return detail(access.caseForReading(id));
    }

    CaseDetail detail(CourtCase c) {
        Court court = repository.court(c.getCourtId()).orElseThrow(() -> new NotFoundException("court"));
        List<Victim> victims = c.getVictimSurvivorIds().stream()
                .map(id -> survivors.summary(SurvivorId.of(id)).map(s -> new Victim(id, s.reference(), s.pseudonym()))
                        .orElse(new Victim(id, null, null))).toList();
        List<AccusedDetail> accused = repository.accusedOf(c.getId()).stream().map(CourtCaseService::view).toList();
        List<StageDetail> stages = repository.stagesOf(c.getId()).stream()
                .map(s -> new StageDetail(s.getStage(), s.getChangedOn(), s.getDecision(), s.getReason())).toList();
        return new CaseDetail(c.getId(), programmeCodes().get(c.getProgrammeId()), court.getName(), c.getDistrict(),
                c.getCaseNumber(), c.getFiledOn(), c.getStage(), c.getStageSince(), c.getStatus().name(),
                c.getDisposedOn(), c.getDisposal(), c.getSupportStart(), c.getSupportEnd(),
                zones.memo().withOffset(c.getNextHearingAt(), c.getProgrammeId()), c.getOffences(), victims, accused, stages, hearings.hearingsOf(c), c.getVersion());
    }

    /** Moves the case to a later stage of its track on a day; a CPS "no further action" ends it. */
    public CaseDetail moveStage(long caseId, StageMove move) {
        CourtCase c = access.caseForWork(caseId);
        Violations.require(validator, move);
        Track track = Track.ofCountry(programmes.byId(c.getProgrammeId()).map(ProgrammeSummary::country).orElse(null));
        List<FieldError> errors = StageRules.problems(c, track, move.stage(), move.date(), move.decision(),
                move.reason(), LocalDate.now());
        InvalidInputException.throwIfAny(errors);
        repository.save(c.advance(move.stage(), move.date(), move.decision(), TextFields.clean(move.reason())));
        audit.record(AuditActions.UPDATE, "court-case", caseId, "stage " + move.stage());
        return detail(c);
    }

    public AccusedDetail addAccused(long caseId, NewAccused a) {
        CourtCase c = access.caseForWork(caseId);
        Violations.require(validator, a);
        if (a.arrestedOn() != null && a.arrestedOn().isAfter(LocalDate.now())) {
            throw InvalidInputException.of("arrestedOn", "must not be in the future");
        }
        Accused accused = repository.save(new Accused(c, a.alias().strip(), a.arrestedOn(),
                a.custody() != null ? a.custody() : a.arrestedOn() != null ? Custody.IN_CUSTODY : Custody.AT_LARGE));
        c.accusedAdded();
        audit.record(AuditActions.CREATE, "accused", accused.getId(), "case " + caseId);
        repository.flush(); // the answer carries the version a change of custody must send
        return view(accused);
    }

    /**
     * The verdict on one accused of the case, once; when every accused has a verdict the case is disposed on the
     * last verdict's day. An acquittal without its reason is taken (docs/api.md does not name the field) and shows as a
     * data-quality item; the case page asks for the reason.
     */
    public AccusedDetail recordVerdict(long caseId, long accusedId, Verdict v) {
        CourtCase c = access.caseForWork(caseId);
        Violations.require(validator, v);
        Accused accused = repository.accused(accusedId).filter(a -> a.getCaseId() == caseId)
                .orElseThrow(() -> InvalidInputException.of("accusedId", "no accused " + accusedId + " on this case"));
        List<FieldError> errors = new ArrayList<>();
        if (v.date().isAfter(LocalDate.now())) {
            errors.add(new FieldError("date", "must not be in the future"));
        }
        if (v.date().isBefore(c.getFiledOn())) {
            errors.add(new FieldError("date", "must not be before the case was filed on " + c.getFiledOn()));
        }
        if (v.compensation() != null && v.compensation().signum() < 0) {
            errors.add(new FieldError("compensation", "must not be negative"));
        }
        InvalidInputException.throwIfAny(errors);
        if (accused.getVerdict() != null) {
            throw new ConflictException("a verdict on " + accused.getAlias() + " is already recorded");
        }
        accused.judge(v.outcome(), v.date(), TextFields.clean(v.reason()), TextFields.clean(v.sentence()),
                v.compensation());
        List<Accused> all = repository.accusedOf(caseId);
        if (all.stream().allMatch(a -> a.getVerdict() != null) && c.getStatus() == CourtCase.Status.PENDING) {
            c.dispose(all.stream().map(Accused::getVerdictOn).max(LocalDate::compareTo).orElse(v.date()), "VERDICTS");
        }
        audit.record(AuditActions.UPDATE, "accused", accusedId, "verdict " + v.outcome());
        return view(accused);
    }

    /** A change of custody as the lawyer learns of it; {@code version} is the accused's as last seen. */
    public record CustodyChange(@NotNull Custody custody, @NotNull LocalDate date, Long version) {
    }

    /**
     * Records that an accused was bailed, released, absconded or taken back into custody (issue 35). Leaving custody
     * is told to the witness team at once ({@link CustodyChanged}): every witness of the case is at risk until checked.
     */
    public AccusedDetail changeCustody(long caseId, long accusedId, CustodyChange change) {
        CourtCase c = access.caseForWork(caseId);
        Violations.require(validator, change);
        Accused found = repository.accused(accusedId).filter(a -> a.getCaseId() == caseId)
                .orElseThrow(() -> InvalidInputException.of("accusedId", "no accused " + accusedId + " on this case"));
        if (change.date().isAfter(LocalDate.now())) {
            throw InvalidInputException.of("date", "must not be in the future");
        }
        Accused accused = locks.forEdit(found, change.version(), "The accused was changed by someone else; reload it");
        Custody before = accused.moveTo(change.custody());
        if (before != change.custody()) {
            audit.record(AuditActions.UPDATE, "accused", accusedId, "custody " + before + " to " + change.custody()
                    + " on " + change.date());
            custodyChanged.fire(new CustodyChanged(CaseId.of(caseId), c.getProgrammeId(), accusedId, before,
                    change.custody(), change.date()));
        }
        repository.flush();
        return view(accused);
    }

    static AccusedDetail view(Accused a) {
        return new AccusedDetail(a.getId(), a.getAlias(), a.getArrestedOn(), a.getCustody(), a.getVerdict(),
                a.getVerdictOn(), a.getVerdictReason(), a.getSentence(), a.getCompensation(), dataQuality(a), a.getVersion());
    }

    /** What the charity's practice asks of a verdict beyond what the API requires. */
    static List<String> dataQuality(Accused a) {
        return a.getVerdict() == VerdictOutcome.ACQUITTED && a.getVerdictReason() == null
                ? List.of("reason: the reason for the acquittal is not recorded") : List.of();
    }

    private Map<Long, String> programmeCodes() {
        Map<Long, String> codes = new HashMap<>();
        programmes.all().forEach(p -> codes.put(p.id(), p.code()));
        return codes;
    }
}
