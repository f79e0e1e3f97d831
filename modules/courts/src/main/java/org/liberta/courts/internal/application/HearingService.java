package org.liberta.courts.internal.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liberta.courts.api.AdjournmentReason;
import org.liberta.courts.api.CaseId;
import org.liberta.courts.api.HearingAdjourned;
import org.liberta.courts.api.HearingId;
import org.liberta.courts.api.HearingPurpose;
import org.liberta.courts.api.HearingScheduled;
import org.liberta.courts.api.WitnessRole;
import org.liberta.courts.internal.application.CourtViews.HearingDetail;
import org.liberta.courts.internal.domain.Court;
import org.liberta.courts.internal.domain.CourtCase;
import org.liberta.courts.internal.domain.CourtsRepository;
import org.liberta.courts.internal.domain.Hearing;
import org.liberta.courts.internal.domain.HearingRepository;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ConflictException;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.TextFields;
import org.liberta.platform.api.Violations;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.persistence.RecordLocks;
import org.liberta.platform.api.time.ClientDateTime;

/**
 * Hearings: putting them in the diary, recording at court whether they went ahead (and if not, why and when the
 * case comes back), and the calendar. Every change keeps the case's "next hearing" and "last adjournment" right
 * for the lawyer's list, and tells the witness programme through CDI events.
 */
@ApplicationScoped
@Transactional
public class HearingService {

    /** The calendar shows at most this many hearings at once (a month of a busy programme). */
    static final int DIARY_LIMIT = 2000;

    @Inject
    private RecordLocks locks;

    @Inject
    private Validator validator;

    @Inject
    private CourtsRepository repository;

    @Inject
    private HearingRepository hearings;

    @Inject
    private CourtsAccess access;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private CourtZones zones;

    @Inject
    private Event<HearingScheduled> scheduled;

    @Inject
    private Event<HearingAdjourned> adjournedEvents;

    /** {@code scheduledAt} with an offset is that instant; a bare one is the court's own wall-clock time. */
    public record NewHearing(@NotNull ClientDateTime scheduledAt, @NotNull HearingPurpose purpose) {
    }

    /**
     * What happened at a hearing. Adjourned: the coded reason (words when OTHER; the absent witness's role when a
     * witness did not come, which the page asks for and docs/api.md's minimum body leaves out: without it the hearing
     * shows a data-quality item) and the next date, which schedules the next hearing at the same time of day unless
     * {@code nextAt} gives one. {@code version} is the hearing's, as read.
     */
    public record Outcome(@NotNull Boolean held, AdjournmentReason adjournmentReason, WitnessRole witnessRole,
            @Size(max = 1000) String reasonText, LocalDate nextDate, ClientDateTime nextAt, Long version) {
    }

    public HearingDetail schedule(long caseId, NewHearing h) {
        CourtCase c = access.caseForWork(caseId);
        Violations.require(validator, h);
        LocalDateTime at = h.scheduledAt().at(zones.of(c.getProgrammeId()));
        if (at.toLocalDate().isBefore(c.getFiledOn())) {
            throw InvalidInputException.of("scheduledAt", "must not be before the case was filed on " + c.getFiledOn());
        }
        if (!c.takesHearingOn(at.toLocalDate())) {
            throw InvalidInputException.of("scheduledAt", "the case was disposed on " + c.getDisposedOn()
                    + "; a hearing up to that day is recorded as its history, none after it");
        }
        Hearing hearing = repository.save(new Hearing(c, at, h.purpose()));
        refreshNextHearing(c);
        audit.record(AuditActions.CREATE, "hearing", hearing.getId(), "case " + caseId);
        scheduled.fire(new HearingScheduled(HearingId.of(hearing.getId()), CaseId.of(caseId), c.getProgrammeId(), at));
        return view(hearing, c, null, zones.memo());
    }

    /** Records at court whether the hearing went ahead; an adjournment schedules the next setting. */
    public HearingDetail recordOutcome(long hearingId, Outcome o) {
        return recordOutcomeAsOf(hearingId, o, LocalDate.now());
    }

    /**
     * As {@link #recordOutcome}, judged as on the day given instead of today: the demo data records hearing
     * histories as the lawyer did on each hearing's day.
     */
    HearingDetail recordOutcomeAsOf(long hearingId, Outcome o, LocalDate today) {
        caller.requireAnyRole(CourtsAccess.WRITE_ROLES);
        Violations.require(validator, o);
        Hearing hearing = hearings.hearing(hearingId).orElseThrow(() -> new NotFoundException("hearing"));
        CourtCase c = access.caseForWork(hearing.getCaseId());
        LocalDate day = hearing.getScheduledAt().toLocalDate();
        LocalDateTime nextAt = o.nextAt() != null ? o.nextAt().at(zones.of(c.getProgrammeId()))
                : o.nextDate() != null ? o.nextDate().atTime(hearing.getScheduledAt().toLocalTime()) : null;
        List<FieldError> errors = new ArrayList<>();
        if (day.isAfter(today)) {
            errors.add(new FieldError("held", "the hearing on " + day + " has not taken place yet"));
        }
        if (!o.held()) {
            if (o.adjournmentReason() == null) {
                errors.add(new FieldError("adjournmentReason", "say why the hearing did not go ahead"));
            } else if (o.adjournmentReason() == AdjournmentReason.OTHER && (o.reasonText() == null || o.reasonText().isBlank())) {
                errors.add(new FieldError("reasonText", "describe the reason"));
            }
            if (nextAt == null) {
                errors.add(new FieldError("nextDate", "the date the case comes back is required"));
            }
        }
        if (nextAt != null && (nextAt.toLocalDate().isBefore(today) || !nextAt.toLocalDate().isAfter(day))) {
            errors.add(new FieldError("nextDate", "must be after the hearing and not in the past"));
        }
        InvalidInputException.throwIfAny(errors);
        // Locked even without a version: two clerks recording one hearing at once must not both add a next hearing.
        locks.forEdit(hearing, o.version(), "this hearing was changed by someone else; reload it");
        if (hearing.getOutcome() != null) {
            throw new ConflictException("the outcome of this hearing is already recorded");
        }
        Hearing next = nextAt == null ? null : repository.save(new Hearing(c, nextAt, hearing.getPurpose()));
        if (o.held()) {
            hearing.held(next);
        } else {
            hearing.adjourned(o.adjournmentReason(), o.adjournmentReason() == AdjournmentReason.WITNESS_ABSENT
                    ? o.witnessRole() : null, TextFields.clean(o.reasonText()), next);
            c.adjourned(o.adjournmentReason());
        }
        refreshNextHearing(c);
        audit.record(AuditActions.UPDATE, "hearing", hearingId, o.held() ? "held" : "adjourned: " + o.adjournmentReason());
        if (next != null) {
            scheduled.fire(new HearingScheduled(HearingId.of(next.getId()), CaseId.of(c.getId()), c.getProgrammeId(), nextAt));
        }
        if (!o.held()) {
            adjournedEvents.fire(new HearingAdjourned(HearingId.of(hearingId), CaseId.of(c.getId()), c.getProgrammeId(), o.adjournmentReason(),
                    hearing.getAbsentWitness(), HearingId.of(next.getId()), nextAt));
        }
        locks.writeNow(); // the answer carries the hearing's new version
        return view(hearing, c, null, zones.memo());
    }

    private void refreshNextHearing(CourtCase c) {
        c.nextHearing(hearings.nextOpenHearing(c.getId()).map(Hearing::getScheduledAt).orElse(null));
    }

    List<HearingDetail> hearingsOf(CourtCase c) {
        CourtZones.Memo memo = zones.memo();
        return hearings.hearingsOf(c.getId()).stream().map(h -> view(h, c, null, memo)).toList();
    }

    /** The calendar: hearings of the caller's programmes from one day to another (inclusive), earliest first. */
    public List<HearingDetail> diary(LocalDate from, LocalDate to) {
        caller.requireAnyRole(CourtsAccess.READ_ROLES);
        if (from == null || to == null || to.isBefore(from) || to.isAfter(from.plusDays(62))) {
            throw InvalidInputException.of(to == null || from != null ? "to" : "from",
                    "give from and to (YYYY-MM-DD), at most two months apart");
        }
        Set<Long> scope = caller.programmeIds();
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<Long, CourtCase> cases = new HashMap<>();
        Map<Long, Court> courts = new HashMap<>();
        CourtZones.Memo memo = zones.memo();
        return hearings.diary(scope, from.atStartOfDay(), to.plusDays(1).atStartOfDay(), DIARY_LIMIT).stream()
                .map(h -> {
                    CourtCase c = cases.computeIfAbsent(h.getCaseId(), id -> repository.courtCase(id).orElseThrow());
                    return view(h, c, courts, memo);
                }).toList();
    }

    private HearingDetail view(Hearing h, CourtCase c, Map<Long, Court> courts, CourtZones.Memo zones) {
        Court court = courts == null ? repository.court(c.getCourtId()).orElse(null)
                : courts.computeIfAbsent(c.getCourtId(), id -> repository.court(id).orElse(null));
        return new HearingDetail(h.getId(), c.getId(), c.getCaseNumber(), court == null ? null : court.getName(),
                zones.withOffset(h.getScheduledAt(), c.getProgrammeId()), h.getPurpose(), h.getOutcome() == null ? null : h.getOutcome().name(),
                h.getAdjournmentReason(), h.getAbsentWitness(), h.getReasonText(), h.getNextHearingId(), dataQuality(h),
                h.getVersion());
    }

    /** What the charity's practice asks of an adjournment beyond what the API requires. */
    private static List<String> dataQuality(Hearing h) {
        return h.getAdjournmentReason() == AdjournmentReason.WITNESS_ABSENT && h.getAbsentWitness() == null
                ? List.of("witnessRole: which witness did not come is not recorded") : List.of();
    }
}
