package org.liberta.courts.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.liberta.courts.api.CaseId;
import org.liberta.courts.api.CaseStage;
import org.liberta.courts.api.HearingId;
import org.liberta.courts.api.HearingScheduled;
import org.liberta.courts.api.Track;
import org.liberta.courts.internal.application.CourtCaseCsv.CaseLine;
import org.liberta.courts.internal.domain.Court;
import org.liberta.courts.internal.domain.CourtCase;
import org.liberta.courts.internal.domain.CourtsRepository;
import org.liberta.courts.internal.domain.Hearing;
import org.liberta.courts.internal.domain.HearingRepository;
import org.liberta.courts.internal.domain.StageChange;
import org.liberta.courts.internal.domain.StageRules;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.TextFields;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.imports.ImportLineResult;

/**
 * Writes checked lines of a court-case file, each call in its own transaction. The same code previews a file:
 * {@link #preview} runs every line exactly as {@link #write} would, holding nothing back, and then rolls the
 * transaction back, so the preview cannot disagree with the import about what a line does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class CourtCaseImportWriter {

    @Inject
    private CourtsRepository repository;

    @Inject
    private HearingRepository hearings;

    @Inject
    private Programmes programmes;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<HearingScheduled> scheduled;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transaction;

    public List<ImportLineResult> write(List<CaseLine> lines) {
        Run run = new Run(false);
        List<ImportLineResult> results = run.lines(lines);
        run.finish();
        return results;
    }

    /** What {@link #write} would do with the whole file; nothing reaches the database. */
    public List<ImportLineResult> preview(List<CaseLine> lines) {
        repository.writeAtCommit(); // nothing is flushed, so the rollback has nothing to undo in the database
        Run run = new Run(true);
        List<ImportLineResult> results = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += org.liberta.platform.api.imports.SliceWriting.SLICE) {
            results.addAll(run.lines(lines.subList(from, Math.min(lines.size(),
                    from + org.liberta.platform.api.imports.SliceWriting.SLICE))));
        }
        transaction.setRollbackOnly();
        return results;
    }

    /** The records one transaction has looked up or made, so each is found once per run, not once per line. */
    private final class Run {
        private final boolean dryRun;
        private final Map<String, ProgrammeSummary> programmeByCode = new HashMap<>();
        private final Map<String, Court> courts = new HashMap<>();
        private final Map<String, CourtCase> cases = new HashMap<>();
        private final Map<CourtCase, List<Hearing>> caseHearings = new HashMap<>();
        private final Set<CourtCase> touched = new LinkedHashSet<>();
        private final List<Object> afterCases = new ArrayList<>();
        private final List<Hearing> scheduledHearings = new ArrayList<>();

        Run(boolean dryRun) {
            this.dryRun = dryRun;
        }

        List<ImportLineResult> lines(List<CaseLine> lines) {
            lookUp(lines);
            List<ImportLineResult> results = new ArrayList<>();
            for (CaseLine line : lines) {
                results.add(line(line));
            }
            return results;
        }

        /** Loads the slice's courts, cases and their hearings: three queries for a hundred lines. */
        private void lookUp(List<CaseLine> lines) {
            Set<String> courtKeys = new LinkedHashSet<>();
            lines.forEach(l -> courtKeys.add(Court.key(l.court())));
            courtKeys.removeAll(courts.keySet());
            repository.courtsByKeys(courtKeys).forEach(c -> courts.put(Court.key(c.getName()), c));
            Set<String> numbers = new LinkedHashSet<>();
            Set<Long> courtIds = new LinkedHashSet<>();
            for (CaseLine l : lines) {
                Court court = courts.get(Court.key(l.court()));
                if (court != null && court.getId() != null && !cases.containsKey(l.caseKey())) {
                    numbers.add(l.caseNumber());
                    courtIds.add(court.getId());
                }
            }
            Map<Long, Court> courtsById = new HashMap<>();
            courts.values().forEach(c -> courtsById.put(c.getId(), c));
            List<CourtCase> found = repository.casesAt(courtIds, numbers);
            for (CourtCase c : found) {
                Court court = courtsById.get(c.getCourtId());
                cases.putIfAbsent(Court.key(court.getName()) + "|" + c.getCaseNumber(), c);
                caseHearings.putIfAbsent(c, new ArrayList<>());
            }
            Map<Long, CourtCase> byId = new HashMap<>();
            found.forEach(c -> byId.put(c.getId(), c));
            for (Hearing h : hearings.hearingsOfCases(byId.keySet())) {
                caseHearings.get(byId.get(h.getCaseId())).add(h);
            }
        }

        private ImportLineResult line(CaseLine line) {
            ProgrammeSummary programme = programmeByCode.computeIfAbsent(line.programme(),
                    code -> programmes.requireByCode("programme", code));
            Track track = Track.ofCountry(programme.country());
            CourtCase c = cases.get(line.caseKey());
            List<FieldError> errors = new ArrayList<>();
            boolean created = c == null;
            boolean updated = false;
            if (c != null) {
                errors.addAll(conflicts(line, c, programme, track));
            }
            Hearing hearing = line.hearingAt() == null || c == null ? null : hearingOn(c, line);
            if (hearing != null && hearing.getOutcome() != null && line.outcome() != null
                    && hearing.getOutcome() != line.outcome()) {
                errors.add(new FieldError(CourtCaseCsv.OUTCOME, "the hearing on " + line.hearingAt().toLocalDate()
                        + " is already recorded as " + hearing.getOutcome()));
            }
            if (c != null && hearing == null && line.hearingAt() != null
                    && !c.takesHearingOn(line.hearingAt().toLocalDate())) {
                errors.add(new FieldError(CourtCaseCsv.HEARING_AT, "the case was disposed on " + c.getDisposedOn()));
            }
            if (!errors.isEmpty()) {
                return ImportLineResult.rejected(line.line(), errors);
            }
            if (c == null) {
                c = open(line, programme, track);
            } else {
                updated = update(c, line, track);
            }
            if (line.hearingAt() != null) {
                if (hearing == null) {
                    hearing = new Hearing(c, line.hearingAt(), line.purpose());
                    afterCases.add(hearing);
                    caseHearings.get(c).add(hearing);
                    created = true;
                    if (line.outcome() == null && !line.hearingAt().toLocalDate().isBefore(LocalDate.now())) {
                        scheduledHearings.add(hearing);
                    }
                }
                if (hearing.getOutcome() == null && line.outcome() != null) {
                    if (line.outcome() == Hearing.Outcome.HELD) {
                        hearing.held(null);
                    } else {
                        hearing.adjourned(line.adjournmentReason(), line.witnessRole(), line.reasonText(), null);
                    }
                    updated = true;
                }
            }
            if (created || updated) {
                touched.add(c);
            }
            String reference = programme.code() + " " + line.caseNumber();
            return ImportLineResult.of(line.line(), created ? ImportLineResult.CREATED
                    : updated ? ImportLineResult.UPDATED : ImportLineResult.UNCHANGED, reference);
        }

        /** What a line may not say about a case already held. */
        private List<FieldError> conflicts(CaseLine line, CourtCase c, ProgrammeSummary programme, Track track) {
            List<FieldError> errors = new ArrayList<>();
            if (c.getProgrammeId() != programme.id()) {
                errors.add(new FieldError(CourtCaseCsv.CASE_NUMBER, "case " + line.caseNumber()
                        + " is already recorded at this court"));
                return errors;
            }
            if (!c.getFiledOn().equals(line.filedOn())) {
                errors.add(new FieldError(CourtCaseCsv.FILED_ON, "the case is recorded as filed on " + c.getFiledOn()));
            }
            if (movesForward(c, line)) {
                LocalDate on = line.stageSince() != null ? line.stageSince() : LocalDate.now();
                for (FieldError e : StageRules.problems(c, track, line.stage(), on, line.decision(),
                        line.decisionReason(), LocalDate.now())) {
                    errors.add(new FieldError(switch (e.field()) {
                        case "date" -> CourtCaseCsv.STAGE_SINCE;
                        case "decision" -> CourtCaseCsv.CHARGING_DECISION;
                        case "reason" -> CourtCaseCsv.DECISION_REASON;
                        default -> e.field();
                    }, e.message()));
                }
            }
            return errors;
        }

        /** A file may be older than the records: a stage the case has passed already is no change. */
        private boolean movesForward(CourtCase c, CaseLine line) {
            return line.stage() != null && line.stage().step() > c.getStage().step();
        }

        /** The case's hearing on the line's day: a case sits at most once a day. */
        private Hearing hearingOn(CourtCase c, CaseLine line) {
            return caseHearings.get(c).stream()
                    .filter(h -> h.getScheduledAt().toLocalDate().equals(line.hearingAt().toLocalDate()))
                    .findFirst().orElse(null);
        }

        private CourtCase open(CaseLine line, ProgrammeSummary programme, Track track) {
            String courtKey = Court.key(line.court());
            Court court = courts.get(courtKey);
            if (court == null) {
                court = repository.save(new Court(line.court(), line.district()));
                courts.put(courtKey, court);
                if (!dryRun) {
                    repository.flush(); // the case row below references it
                }
            }
            CaseStage first = line.stage() != null ? line.stage() : CaseStage.first(track);
            CourtCase c = repository.save(new CourtCase(programme.id(), line.caseNumber(), court.getId(),
                    line.district() != null ? line.district() : court.getDistrict(), line.filedOn(), first, null, null,
                    new java.util.HashSet<>(line.offences()), Set.of()));
            cases.put(line.caseKey(), c);
            caseHearings.put(c, new ArrayList<>());
            afterCases.add(new StageChange(c.getId(), first, line.filedOn(), null, null));
            if (!dryRun) {
                audit.record(AuditActions.CREATE, "court-case", c.getId(), programme.code() + " " + line.caseNumber()
                        + " (import line " + line.line() + ")");
            }
            return c;
        }

        private boolean update(CourtCase c, CaseLine line, Track track) {
            boolean changed = c.locateIn(line.district());
            changed |= c.charge(new java.util.HashSet<>(line.offences()));
            if (movesForward(c, line)) {
                LocalDate on = line.stageSince() != null ? line.stageSince() : LocalDate.now();
                afterCases.add(c.advance(line.stage(), on, line.decision(), TextFields.clean(line.decisionReason())));
                changed = true;
            }
            return changed;
        }

        /**
         * Writes what had to wait for the cases (hearings and stage history reference them) and brings each
         * touched case's next hearing and last adjournment up to date from its whole history.
         */
        void finish() {
            if (!afterCases.isEmpty()) {
                repository.flush();
                afterCases.forEach(repository::save);
            }
            for (CourtCase c : touched) {
                Collection<Hearing> all = caseHearings.get(c);
                c.nextHearing(c.getStatus() == CourtCase.Status.DISPOSED ? null : all.stream()
                        .filter(h -> h.getOutcome() == null).map(Hearing::getScheduledAt)
                        .min(Comparator.naturalOrder()).orElse(null));
                all.stream().filter(h -> h.getOutcome() == Hearing.Outcome.ADJOURNED)
                        .max(Comparator.comparing(Hearing::getScheduledAt))
                        .ifPresent(h -> c.adjourned(h.getAdjournmentReason()));
            }
            if (!scheduledHearings.isEmpty()) {
                repository.flush();
                scheduledHearings.forEach(h -> scheduled.fire(new HearingScheduled(HearingId.of(h.getId()), CaseId.of(h.getCaseId()),
                        h.getProgrammeId(), h.getScheduledAt())));
            }
        }
    }
}
