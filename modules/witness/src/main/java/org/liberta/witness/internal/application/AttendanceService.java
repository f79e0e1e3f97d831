package org.liberta.witness.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liberta.courts.api.CaseWitness;
import org.liberta.courts.api.WitnessId;
import org.liberta.courts.api.CourtRecords;
import org.liberta.courts.api.HearingId;
import org.liberta.courts.api.HearingInfo;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.rest.PublishedAs;
import org.liberta.witness.internal.application.AttendanceRules.Risk;
import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.WitnessRepository;
import org.liberta.witness.internal.domain.WitnessSafetyRepository;
import org.liberta.witness.internal.domain.WitnessTask;

/**
 * The programme staff's work: each hearing's readiness board, today's work queue, the result of a call in one
 * step, the hearings at risk in the next two weeks, and who came on the day. Lawyers (who run the programme),
 * partners and administrators, each within their programmes; anything else is "not found".
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    static final Role[] STAFF = {Role.LAWYER, Role.PARTNER, Role.ADMIN};

    /** The work queue shows at most this many tasks: a day's work for a programme, not a backlog to scroll. */
    static final int QUEUE_LIMIT = 500;

    /** How far ahead the at-risk list looks. */
    static final int AT_RISK_DAYS = 14;

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

    @Inject
    private org.liberta.casework.api.Survivors survivors;

    @Inject
    private org.liberta.platform.api.vault.IdentityVault vault;

    /** {@code hearingAt} is the court's time with its offset. */
    @PublishedAs("TaskView")
    public record TaskDetail(long id, long hearingId, String caseNumber, String court, java.time.OffsetDateTime hearingAt,
            long witnessId, String witness, String kind, LocalDate dueOn, String state, String result, boolean overdue,
            List<String> risks, String contactRule) implements Serializable {
    }

    public record WitnessPlan(long attendanceId, long witnessId, String witness, String role, Set<String> needs,
            String status, int contactFailures, Boolean attended, String notExaminedReason, List<String> risks,
            List<TaskDetail> tasks) implements Serializable {
    }

    public record HearingPlan(HearingInfo hearing, List<WitnessPlan> witnesses) implements Serializable {
    }

    public record AtRiskHearing(HearingInfo hearing, List<WitnessPlan> atRisk) implements Serializable {
    }

    /** What happened to one witness on the day; {@code examined} may follow {@code attended}. */
    public record AttendanceRecord(@NotNull Long witnessId, @NotNull Boolean attended, Boolean examined,
            @Size(max = 400) String reason) {
    }

    /** Call results; other tasks are simply DONE. */
    public enum CallResult { CONFIRMED, NOTIFIED, NO_ANSWER, DECLINED }

    public HearingPlan plan(long hearingId) {
        HearingInfo hearing = hearingInScope(hearingId);
        return new HearingPlan(hearing, plans(repository.attendancesOf(hearingId), Map.of(hearing.id(), hearing)));
    }

    /**
     * Today's work, a page at a time: open tasks due by the day (at most {@link #QUEUE_LIMIT}) by hearing date, the
     * witnesses at risk first within a day, then by due date. Risks are judged for the whole queue (three queries)
     * so the order is right across pages; hearings, witnesses and contact rules are read for the page only.
     */
    public Page<TaskDetail> workQueue(LocalDate dueBy, PageRequest page) {
        caller.requireAnyRole(STAFF);
        LocalDate due = dueBy == null ? LocalDate.now() : dueBy;
        List<WitnessTask> tasks = repository.openTasksDue(caller.programmeIds(), due, QUEUE_LIMIT);
        List<Attendance> attendances = repository.attendancesByIds(tasks.stream().map(WitnessTask::getAttendanceId)
                .collect(Collectors.toSet()));
        Map<Long, Attendance> byId = attendances.stream().collect(Collectors.toMap(Attendance::getId, a -> a));
        Map<Long, List<Risk>> risks = risks(attendances);
        List<WitnessTask> ordered = tasks.stream().sorted(Comparator.comparing((WitnessTask t) -> t.getHearingAt().toLocalDate())
                .thenComparing(t -> risks.getOrDefault(t.getAttendanceId(), List.of()).isEmpty())
                .thenComparing(WitnessTask::getDueOn).thenComparing(WitnessTask::getId)).toList();
        List<WitnessTask> slice = ordered.subList(Math.min(page.offset(), ordered.size()),
                Math.min(page.offset() + page.size(), ordered.size()));
        Map<HearingId, HearingInfo> hearings = courts.hearings(slice.stream().map(WitnessTask::hearing)
                .collect(Collectors.toSet()));
        List<Attendance> onPage = slice.stream().map(t -> byId.get(t.getAttendanceId())).toList();
        Map<WitnessId, CaseWitness> witnesses = courts.witnesses(onPage.stream().map(Attendance::witness).distinct().toList());
        Map<Long, String> rules = contactRules(onPage.stream().map(Attendance::getWitnessId).distinct().toList());
        List<TaskDetail> views = new ArrayList<>();
        for (WitnessTask t : slice) {
            Attendance a = byId.get(t.getAttendanceId());
            views.add(view(t, hearings.get(t.hearing()), witnesses.get(a.witness()), risks.get(a.getId()),
                    rules.get(a.getWitnessId())));
        }
        return new Page<>(views, ordered.size(), page.page(), page.size());
    }

    /** Records what staff did; a task done twice is recorded once. A call's result moves the witness on. */
    public TaskDetail complete(long taskId, String result, @Size(max = 1000) String note) {
        caller.requireAnyRole(STAFF);
        WitnessTask task = repository.task(taskId).orElseThrow(() -> new NotFoundException("task"));
        caller.requireProgramme(task.getProgrammeId());
        Attendance a = repository.attendance(task.getAttendanceId()).orElseThrow();
        CallResult call = null;
        if (task.getKind() == WitnessTask.Kind.CALL) {
            try {
                call = CallResult.valueOf(result == null ? "" : result);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("result", "must be CONFIRMED, NOTIFIED, NO_ANSWER or DECLINED");
            }
        }
        String recorded = call != null ? call.name() : "DONE";
        if (task.complete(recorded, note == null || note.isBlank() ? null : note.strip(), caller.username())) {
            apply(task, a, call);
            audit.record(AuditActions.UPDATE, "witness-task", taskId, task.getKind() + " " + recorded);
        }
        HearingInfo hearing = courts.hearing(HearingId.of(task.getHearingId())).orElseThrow();
        return view(task, hearing, courts.witness(a.witness()).orElseThrow(),
                risks(List.of(a)).get(a.getId()), contactRules(List.of(a.getWitnessId())).get(a.getWitnessId()));
    }

    private void apply(WitnessTask task, Attendance a, CallResult call) {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        boolean beforeHearing = tomorrow.isBefore(a.getHearingAt().toLocalDate());
        switch (task.getKind()) {
            case CALL -> {
                switch (call) {
                    case CONFIRMED -> a.advanceTo(Attendance.Status.CONFIRMED);
                    case NOTIFIED, DECLINED -> a.advanceTo(Attendance.Status.NOTIFIED);
                    case NO_ANSWER -> a.contactFailed();
                    default -> throw new IllegalStateException();
                }
                if (call != CallResult.CONFIRMED && beforeHearing) {
                    repository.save(new WitnessTask(a, WitnessTask.Kind.CALL, tomorrow)); // try again tomorrow
                }
            }
            case BOOK_TRANSPORT -> a.advanceTo(Attendance.Status.TRANSPORT_BOOKED);
            case ASSIGN_ESCORT -> a.advanceTo(Attendance.Status.ESCORT_ASSIGNED);
            default -> {
                // lodging, allowance, childcare, interpreter, safety check, outcome told: done is all there is
            }
        }
    }

    /**
     * The witness's name and how to reach them, for the staff member about to make the call: a survivor witness's
     * through casework (only for those allowed to see it), anyone else's from the vault; audited as a REVEAL.
     */
    public Map<String, String> revealContact(long taskId, String reason) {
        caller.requireAnyRole(STAFF);
        WitnessTask task = repository.task(taskId).orElseThrow(() -> new NotFoundException("task"));
        caller.requireProgramme(task.getProgrammeId());
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "say why you need the witness's contact details");
        }
        Attendance a = repository.attendance(task.getAttendanceId()).orElseThrow();
        CaseWitness w = courts.witness(a.witness()).orElseThrow();
        Map<String, String> contact = new java.util.LinkedHashMap<>();
        if (w.survivorId() != null) {
            Map<String, String> identity = survivors.reveal(w.survivorId(), reason);
            contact.put("name", identity.get("legalName"));
            contact.put("phone", identity.get("phone"));
            contact.put("email", identity.get("email"));
        } else {
            Map<String, String> identity = vault.reveal(new org.liberta.platform.api.vault.SubjectRef("witness",
                    w.id().value(), w.programmeId()), reason);
            contact.put("name", identity.get("name"));
            contact.put("phone", identity.get("phone"));
            contact.put("email", identity.get("email"));
        }
        return contact;
    }

    /** Who came: every witness named must be required at this hearing; nothing is recorded otherwise. */
    public HearingPlan recordAttendance(long hearingId, @NotNull List<@NotNull @Valid AttendanceRecord> records) {
        HearingInfo hearing = hearingInScope(hearingId);
        Map<Long, Attendance> required = repository.attendancesOf(hearingId).stream()
                .collect(Collectors.toMap(Attendance::getWitnessId, a -> a));
        List<FieldError> errors = new ArrayList<>();
        for (AttendanceRecord r : records) {
            if (!required.containsKey(r.witnessId())) {
                errors.add(new FieldError("witnessId", "witness " + r.witnessId() + " is not required at this hearing"));
            }
        }
        if (hearing.scheduledAt().toLocalDate().isAfter(LocalDate.now())) {
            errors.add(new FieldError("attended", "the hearing on " + hearing.scheduledAt().toLocalDate() + " is still to come"));
        }
        InvalidInputException.throwIfAny(errors);
        for (AttendanceRecord r : records) {
            Attendance a = required.get(r.witnessId());
            a.attended(r.attended(), r.attended() ? null : reasonOr(r.reason(), "did not come"));
            if (r.attended() && r.examined() != null) {
                a.examined(r.examined(), reasonOr(r.reason(), "not reached"));
            }
        }
        audit.record(AuditActions.UPDATE, "hearing-attendance", hearingId, records.size() + " witness(es)");
        return plan(hearingId);
    }

    private static String reasonOr(String reason, String otherwise) {
        return reason == null || reason.isBlank() ? otherwise : reason.strip();
    }

    /** The witness team's day: calls due today or overdue, and hearings of the next two weeks at risk. */
    public record Workload(long callsDue, long hearingsAtRisk) {
    }

    /** Counted as the work queue lists them, so each count matches the queue it links to. */
    public Workload workload() {
        caller.requireAnyRole(STAFF);
        return new Workload(repository.countOpenTasksDue(caller.programmeIds(), LocalDate.now(), WitnessTask.Kind.CALL),
                atRisk().size());
    }

    /** Hearings in the next two weeks with at least one witness at risk, soonest first, with the reasons. */
    public List<AtRiskHearing> atRisk() {
        caller.requireAnyRole(STAFF);
        LocalDate today = LocalDate.now();
        // The database narrows two weeks of attendances to those that may be at risk; the rules decide on each.
        List<Attendance> upcoming = repository.atRiskCandidates(caller.programmeIds(), today.atStartOfDay(),
                today.plusDays(AT_RISK_DAYS + 1).atStartOfDay(),
                today.plusDays(AttendanceRules.CONFIRM_BY_DAYS + 1).atStartOfDay(), AttendanceRules.FAILED_CONTACTS);
        Map<HearingId, HearingInfo> hearings = courts.hearings(upcoming.stream().map(Attendance::hearing)
                .collect(Collectors.toSet()));
        List<Attendance> live = upcoming.stream().filter(a -> hearings.containsKey(a.hearing())
                && hearings.get(a.hearing()).outcome() == null).toList();
        List<WitnessPlan> plans = plans(live, hearings);
        Map<HearingId, List<WitnessPlan>> byHearing = new java.util.LinkedHashMap<>();
        for (int i = 0; i < live.size(); i++) {
            if (!plans.get(i).risks().isEmpty()) {
                byHearing.computeIfAbsent(live.get(i).hearing(), h -> new ArrayList<>()).add(plans.get(i));
            }
        }
        return byHearing.entrySet().stream().map(e -> new AtRiskHearing(hearings.get(e.getKey()), e.getValue())).toList();
    }

    private HearingInfo hearingInScope(long hearingId) {
        caller.requireAnyRole(STAFF);
        HearingInfo hearing = courts.hearing(HearingId.of(hearingId)).orElseThrow(() -> new NotFoundException("hearing"));
        caller.requireProgramme(hearing.programmeId());
        return hearing;
    }

    /** Plans for the attendances, in their order, with tasks and risks: a fixed number of queries. */
    private List<WitnessPlan> plans(List<Attendance> attendances, Map<HearingId, HearingInfo> hearings) {
        Map<WitnessId, CaseWitness> witnesses = courts.witnesses(attendances.stream().map(Attendance::witness).toList());
        Map<Long, List<WitnessTask>> tasks = repository.tasksOf(attendances.stream().map(Attendance::getId).toList())
                .stream().collect(Collectors.groupingBy(WitnessTask::getAttendanceId));
        Map<Long, List<Risk>> risks = risks(attendances);
        Map<Long, String> rules = contactRules(attendances.stream().map(Attendance::getWitnessId).toList());
        List<WitnessPlan> plans = new ArrayList<>();
        for (Attendance a : attendances) {
            CaseWitness w = witnesses.get(a.witness());
            HearingInfo h = hearings.get(a.hearing());
            List<TaskDetail> taskViews = tasks.getOrDefault(a.getId(), List.of()).stream()
                    .map(t -> view(t, h, w, risks.get(a.getId()), rules.get(a.getWitnessId()))).toList();
            plans.add(new WitnessPlan(a.getId(), a.getWitnessId(), w == null ? "?" : w.label(),
                    w == null ? null : w.role().name(),
                    w == null ? Set.of() : w.needs().stream().map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new)),
                    a.getStatus().name(), a.getContactFailures(), a.getAttended(), a.getNotExaminedReason(),
                    names(risks.get(a.getId())), taskViews));
        }
        return plans;
    }

    /** The risks of each attendance still to come (a hearing that has happened is past risk). */
    private Map<Long, List<Risk>> risks(List<Attendance> attendances) {
        LocalDate today = LocalDate.now();
        Set<Long> witnessIds = new HashSet<>();
        attendances.forEach(a -> witnessIds.add(a.getWitnessId()));
        Map<Long, List<Attendance>> recorded = repository.recordedAttendances(witnessIds).stream()
                .collect(Collectors.groupingBy(Attendance::getWitnessId));
        Set<Long> safetyOpen = repository.withSafetyCheckOpen(attendances.stream().map(Attendance::getId).toList());
        Set<Long> concernOpen = safety.withOpenConcern(witnessIds);
        Map<Long, List<Risk>> risks = new HashMap<>();
        for (Attendance a : attendances) {
            boolean past = a.getHearingAt().toLocalDate().isBefore(today) || a.getAttended() != null;
            boolean intimidation = safetyOpen.contains(a.getId()) || concernOpen.contains(a.getWitnessId());
            risks.put(a.getId(), past ? List.of()
                    : AttendanceRules.risks(a, intimidation, cameLastTime(a, recorded), today));
        }
        return risks;
    }

    /** Whether the witness came to their last hearing before this one; null when none was recorded. */
    private static Boolean cameLastTime(Attendance a, Map<Long, List<Attendance>> recorded) {
        return recorded.getOrDefault(a.getWitnessId(), List.of()).stream()
                .filter(r -> r.getHearingAt().isBefore(a.getHearingAt()))
                .max(Comparator.comparing(Attendance::getHearingAt)).map(Attendance::getAttended).orElse(null);
    }

    private static List<String> names(List<Risk> risks) {
        return risks == null ? List.of() : risks.stream().map(Enum::name).toList();
    }

    /** Each witness's contact rule in a line, for those who have one. */
    private Map<Long, String> contactRules(java.util.Collection<Long> witnessIds) {
        Map<Long, String> rules = new HashMap<>();
        for (org.liberta.witness.internal.domain.ContactRule r : safety.contactRules(witnessIds)) {
            String summary = WitnessSafetyService.ContactRuleDetail.of(r.getWitnessId(), r).summary();
            if (summary != null) {
                rules.put(r.getWitnessId(), summary);
            }
        }
        return rules;
    }

    private static TaskDetail view(WitnessTask t, HearingInfo h, CaseWitness w, List<Risk> risks, String contactRule) {
        return new TaskDetail(t.getId(), t.getHearingId(), h == null ? null : h.caseNumber(), h == null ? null : h.court(),
                h == null ? null : h.scheduledAt(), w == null ? 0 : w.id().value(), w == null ? "?" : w.label(), t.getKind().name(), t.getDueOn(),
                t.getState().name(), t.getResult(),
                t.getState() == WitnessTask.State.OPEN && t.getDueOn().isBefore(LocalDate.now()), names(risks),
                contactRule);
    }
}
