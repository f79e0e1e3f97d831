package org.liberta.courts.internal.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.courts.api.CaseStage;
import org.liberta.courts.internal.domain.CourtCase;
import org.liberta.courts.internal.domain.CourtsRepository.CaseFilter;
import org.liberta.courts.internal.domain.CourtsRepository.CaseNeed;
import org.liberta.courts.internal.domain.CourtsRepository;
import org.liberta.courts.internal.domain.HearingRepository;
import org.liberta.platform.api.Caller;

/**
 * What the court cases in the caller's programmes are waiting for today: one count query per kind of work. The
 * home page shows the counts; "my cases" lists the same cases with the same filter ({@link #filter}), so a count
 * and the list it links to cannot disagree.
 */
@ApplicationScoped
public class CaseWorkload {

    @Inject
    private CourtsRepository repository;

    @Inject
    private HearingRepository hearings;

    @Inject
    private Caller caller;

    @Inject
    private StatutoryClock clock;

    /** The lawyer's day: hearings this week (Monday to Sunday) and the cases waiting for work. */
    public record Counts(long hearingsThisWeek, long outcomesMissing, long clockRunningOut, long dataQualityGaps,
            long ordersOverdue) {
    }

    public Counts counts() {
        caller.requireAnyRole(CourtsAccess.READ_ROLES);
        Set<Long> scope = caller.programmeIds();
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Counts(hearings.countHearingsBetween(scope, monday.atStartOfDay(), monday.plusDays(7).atStartOfDay()),
                count(scope, CaseNeed.OUTCOME_MISSING), count(scope, CaseNeed.CLOCK_RUNNING_OUT),
                count(scope, CaseNeed.DATA_QUALITY), count(scope, CaseNeed.ORDER_OVERDUE));
    }

    private long count(Set<Long> scope, CaseNeed need) {
        return scope.isEmpty() ? 0 : repository.countCases(filter(scope, need, null, null, null, null));
    }

    /**
     * The filter of "my cases" for a kind of work. Hearings and clocks concern pending cases only (a disposed case
     * waits for neither), whatever status was asked; a gap in the record can be in any case. The reference day is
     * today, or the day a trial must have begun by to be nearing its limit.
     */
    CaseFilter filter(Collection<Long> scope, CaseNeed need, CourtCase.Status status, CaseStage stage, Long courtId,
            String caseNumberPrefix) {
        if (need == null) {
            return new CaseFilter(scope, courtId, stage, status, caseNumberPrefix);
        }
        LocalDate today = LocalDate.now();
        LocalDate day = need == CaseNeed.CLOCK_RUNNING_OUT ? clock.nearingDay(today) : today;
        CourtCase.Status only = need == CaseNeed.DATA_QUALITY ? status : CourtCase.Status.PENDING;
        return new CaseFilter(scope, courtId, stage, only, caseNumberPrefix, need, day);
    }
}
