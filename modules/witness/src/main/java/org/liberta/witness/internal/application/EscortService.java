package org.liberta.witness.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liberta.casework.api.Gender;
import org.liberta.courts.api.CaseWitness;
import org.liberta.courts.api.WitnessId;
import org.liberta.courts.api.CourtRecords;
import org.liberta.courts.api.HearingInfo;
import org.liberta.courts.api.HearingId;
import org.liberta.courts.api.WitnessNeed;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ConflictException;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.Violations;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.rest.PublishedAs;
import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.EscortAssignment;
import org.liberta.witness.internal.domain.EscortRepository;
import org.liberta.witness.internal.domain.Staff;
import org.liberta.witness.internal.domain.StaffAbsence;
import org.liberta.witness.internal.domain.WitnessRepository;
import org.liberta.witness.internal.domain.WitnessTask;

/**
 * Escorts: the staff who go with witnesses to court, the day's plan the coordinator accepts or changes, and
 * the rules an assignment keeps (free that day, one witness each, the gender the witness asked for).
 */
@ApplicationScoped
@Transactional
public class EscortService {

    @Inject
    private WitnessRepository repository;

    @Inject
    private Validator validator;

    @Inject
    private EscortRepository escorts;

    @Inject
    private CourtRecords courts;

    @Inject
    private Caller caller;

    @Inject
    private Programmes programmes;

    @Inject
    private AuditLog audit;

    public record NewStaff(@NotBlank String programme, @NotBlank @Size(max = 120) String name, @NotNull Gender gender,
            @NotBlank @Size(max = 120) String homeDistrict) {
    }

    @PublishedAs("StaffView")
    public record StaffDetail(long id, String programme, String name, Gender gender, String homeDistrict) implements Serializable {
    }

    /** One witness's line in the day's plan: who is assigned, or who is proposed (null: nobody suitable is free). */
    public record EscortLine(long attendanceId, long hearingId, String caseNumber, String court, String district,
            java.time.OffsetDateTime hearingAt, long witnessId, String witness, Gender wanted, Long assignedStaffId, String assignedStaff,
            Long proposedStaffId, String proposedStaff) implements Serializable {
    }

    public StaffDetail addStaff(NewStaff s) {
        caller.requireAnyRole(AttendanceService.STAFF);
        Violations.require(validator, s);
        ProgrammeSummary programme = programmes.requireByCode("programme", s.programme());
        caller.requireProgramme(programme.id());
        Staff staff = repository.save(new Staff(programme.id(), s.name().strip(), s.gender(), s.homeDistrict().strip()));
        audit.record(AuditActions.CREATE, "witness-staff", staff.getId(), programme.code());
        return view(staff, programme.code());
    }

    public List<StaffDetail> staff() {
        caller.requireAnyRole(AttendanceService.STAFF);
        Map<Long, String> codes = programmes.all().stream().collect(Collectors.toMap(ProgrammeSummary::id, ProgrammeSummary::code));
        return escorts.staffOf(caller.programmeIds()).stream().map(s -> view(s, codes.get(s.getProgrammeId()))).toList();
    }

    public void markAbsent(long staffId, @NotNull LocalDate day) {
        Staff staff = staffInScope(staffId);
        if (!escorts.absentOn(List.of(staffId), day).isEmpty()) {
            return; // already recorded
        }
        repository.save(new StaffAbsence(staff.getId(), day));
    }

    /** The day's escorts across the caller's courts: those assigned, and proposals for the rest. */
    public List<EscortLine> plan(@NotNull LocalDate day) {
        caller.requireAnyRole(AttendanceService.STAFF);
        List<Attendance> needing = needingEscort(day);
        Map<HearingId, HearingInfo> hearings = courts.hearings(needing.stream().map(Attendance::hearing).collect(Collectors.toSet()));
        Map<WitnessId, CaseWitness> witnesses = courts.witnesses(needing.stream().map(Attendance::witness).toList());
        Map<Long, EscortAssignment> assigned = escorts.escortsOn(caller.programmeIds(), day).stream()
                .collect(Collectors.toMap(EscortAssignment::getAttendanceId, Function.identity()));
        List<Staff> staff = escorts.staffOf(caller.programmeIds());
        Map<Long, Staff> staffById = staff.stream().collect(Collectors.toMap(Staff::getId, Function.identity()));
        Set<Long> unavailable = new java.util.HashSet<>(escorts.absentOn(staffById.keySet(), day));
        assigned.values().forEach(e -> unavailable.add(e.getStaffId()));
        List<EscortPlanner.Need> open = new ArrayList<>();
        for (Attendance a : needing) {
            if (!assigned.containsKey(a.getId())) {
                HearingInfo h = hearings.get(a.hearing());
                open.add(new EscortPlanner.Need(a.getId(), h == null ? null : h.district(),
                        witnesses.get(a.witness()).escortGender()));
            }
        }
        Map<Long, Long> proposals = EscortPlanner.propose(open, staff.stream()
                .filter(s -> !unavailable.contains(s.getId()))
                .filter(s -> needing.stream().anyMatch(a -> a.getProgrammeId() == s.getProgrammeId()))
                .map(s -> new EscortPlanner.Candidate(s.getId(), s.getGender(), s.getHomeDistrict())).toList());
        List<EscortLine> lines = new ArrayList<>();
        for (Attendance a : needing) {
            HearingInfo h = hearings.get(a.hearing());
            CaseWitness w = witnesses.get(a.witness());
            EscortAssignment e = assigned.get(a.getId());
            Long proposed = e == null ? proposals.get(a.getId()) : null;
            lines.add(new EscortLine(a.getId(), a.getHearingId(), h == null ? null : h.caseNumber(),
                    h == null ? null : h.court(), h == null ? null : h.district(), h == null ? null : h.scheduledAt(), w.id().value(), w.label(),
                    w.escortGender(), e == null ? null : e.getStaffId(), e == null ? null : name(staffById, e.getStaffId()),
                    proposed, proposed == null ? null : name(staffById, proposed)));
        }
        return lines;
    }

    /** The coordinator's choice for one witness; a staff member away or already escorting that day is a conflict. */
    public EscortLine assign(long attendanceId, long staffId) {
        caller.requireAnyRole(AttendanceService.STAFF);
        Attendance a = repository.attendance(attendanceId).orElseThrow(() -> new NotFoundException("attendance"));
        caller.requireProgramme(a.getProgrammeId());
        Staff staff = staffInScope(staffId);
        CaseWitness w = courts.witness(a.witness()).orElseThrow();
        if (staff.getProgrammeId() != a.getProgrammeId()) {
            throw InvalidInputException.of("staffId", "works for another programme");
        }
        if (w.escortGender() != null && w.escortGender() != staff.getGender()) {
            throw InvalidInputException.of("staffId", "the witness asked for a " + w.escortGender() + " escort");
        }
        LocalDate day = a.getHearingAt().toLocalDate();
        if (!escorts.absentOn(List.of(staffId), day).isEmpty()) {
            throw new ConflictException(staff.getName() + " is away on " + day);
        }
        boolean taken = escorts.escortsOn(List.of(staff.getProgrammeId()), day).stream()
                .anyMatch(e -> e.getStaffId() == staffId && e.getAttendanceId() != attendanceId);
        if (taken) {
            throw new ConflictException(staff.getName() + " already escorts a witness on " + day);
        }
        java.util.Optional<EscortAssignment> current = escorts.escortOf(attendanceId);
        if (current.isPresent()) {
            current.get().reassign(staffId);
        } else {
            repository.save(new EscortAssignment(a, staffId));
        }
        a.advanceTo(Attendance.Status.ESCORT_ASSIGNED);
        repository.tasksOf(List.of(a.getId())).stream().filter(t -> t.getKind() == WitnessTask.Kind.ASSIGN_ESCORT)
                .forEach(t -> t.complete("DONE", staff.getName(), caller.username()));
        audit.record(AuditActions.UPDATE, "witness-escort", attendanceId, "staff " + staffId);
        return plan(day).stream().filter(l -> l.attendanceId() == attendanceId).findFirst().orElseThrow();
    }

    /** Accepts every proposal of the day's plan; answers the plan as it now stands. */
    public List<EscortLine> acceptProposals(@NotNull LocalDate day) {
        for (EscortLine line : plan(day)) {
            if (line.assignedStaffId() == null && line.proposedStaffId() != null) {
                assign(line.attendanceId(), line.proposedStaffId());
            }
        }
        return plan(day);
    }

    /** Upcoming attendances on the day whose witness needs an escort, in the caller's programmes. */
    private List<Attendance> needingEscort(LocalDate day) {
        List<Attendance> that = repository.attendancesBetween(caller.programmeIds(), day.atStartOfDay(),
                day.plusDays(1).atStartOfDay());
        Map<WitnessId, CaseWitness> witnesses = courts.witnesses(that.stream().map(Attendance::witness).toList());
        return that.stream().filter(a -> a.getAttended() == null)
                .filter(a -> witnesses.get(a.witness()).needs().contains(WitnessNeed.ESCORT)).toList();
    }

    private Staff staffInScope(long staffId) {
        caller.requireAnyRole(AttendanceService.STAFF);
        Staff staff = escorts.staff(staffId).orElseThrow(() -> new NotFoundException("staff"));
        caller.requireProgramme(staff.getProgrammeId());
        return staff;
    }

    private static String name(Map<Long, Staff> staff, long id) {
        Staff s = staff.get(id);
        return s == null ? null : s.getName();
    }

    private static StaffDetail view(Staff s, String programme) {
        return new StaffDetail(s.getId(), programme, s.getName(), s.getGender(), s.getHomeDistrict());
    }
}
