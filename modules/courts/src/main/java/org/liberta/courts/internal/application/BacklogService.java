package org.liberta.courts.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.courts.internal.domain.Court;
import org.liberta.courts.internal.domain.CourtsRepository;
import org.liberta.courts.internal.figures.CourtFigureQueries;
import org.liberta.courts.internal.domain.Hearing;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.sheets.CsvWriter;
import org.liberta.platform.api.sheets.SheetWriter;

/**
 * The backlog analysis the charity hands to governments: the pending caseload by age, court, district and stage;
 * how fast cases clear; why hearings do not go ahead; how many trials have run past the statutory time limit.
 * Every figure is one aggregate query (counts, sums, a percentile read by position), never records loaded to count.
 */
@ApplicationScoped
@Transactional
public class BacklogService {

    /** Pending cases by years since filing: under 1, 1–2, 2–5, 5–10, over 10. */
    static final int[] AGE_BAND_YEARS = {1, 2, 5, 10};
    static final List<String> AGE_BANDS = List.of("<1", "1-2", "2-5", "5-10", ">10");

    @Inject
    private CourtsRepository repository;

    @Inject
    private CourtFigureQueries figures;

    @Inject
    private Caller caller;

    @Inject
    private Programmes programmes;

    @Inject
    private StatutoryClock clock;

    @Inject
    private AuditLog audit;

    /** One programme's backlog: the pending caseload today, and what happened in the period. */
    public record Backlog(String programme, LocalDate asOf, Period period, long pending,
            Map<String, Long> pendingByAge, Map<String, Long> pendingByCourt, Map<String, Long> pendingByDistrict,
            Map<String, Long> pendingByStage, Long medianPendingAgeDays, long filed, long disposed,
            Integer clearanceRatePct, Long medianDaysToDisposition, Long p90DaysToDisposition,
            long hearingsWithOutcome, long hearingsHeld, Double settingsPerHearingHeld,
            Map<String, Long> adjournmentsByReason, Integer witnessAbsenceSharePct, Integer convictionRatePct,
            int statutoryLimitWorkingDays, long pastStatutoryLimit, long nearingStatutoryLimit) implements Serializable {
    }

    public Backlog backlog(String programmeCode, LocalDate from, LocalDate to) {
        caller.requireAnyRole(CourtsAccess.READ_ROLES);
        ProgrammeSummary programme = programmes.requireByCode("programme", programmeCode);
        caller.requireProgramme(programme.id());
        LocalDate today = LocalDate.now();
        Period period = new Period(from == null ? today.minusMonths(6).plusDays(1) : from, to == null ? today : to);
        long p = programme.id();

        Map<String, Long> byAge = new LinkedHashMap<>();
        LocalDate newer = null;
        for (int band = 0; band <= AGE_BAND_YEARS.length; band++) {
            LocalDate older = band < AGE_BAND_YEARS.length ? today.minusYears(AGE_BAND_YEARS[band]) : null;
            // filed after 'older' (exclusive) and on or before 'newer' (exclusive of newer's own day)
            byAge.put(AGE_BANDS.get(band), figures.countPendingFiledBetween(p, older, newer));
            newer = older;
        }
        long pending = byAge.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> byCourt = new LinkedHashMap<>();
        figures.pendingByCourt(p).forEach((courtId, n) ->
                byCourt.put(repository.court(courtId).map(Court::getName).orElse("#" + courtId), n));

        long filed = figures.countFiled(p, period.from(), period.to());
        long disposed = figures.countDisposed(p, period.from(), period.to());
        long withOutcome = 0;
        long held = 0;
        Map<String, Long> adjournments = new LinkedHashMap<>();
        List<CourtFigureQueries.OutcomeCount> outcomes = new ArrayList<>(figures.hearingOutcomes(p, period.from(), period.to()));
        outcomes.sort(java.util.Comparator.comparingLong(CourtFigureQueries.OutcomeCount::count).reversed());
        for (CourtFigureQueries.OutcomeCount o : outcomes) {
            withOutcome += o.count();
            if (o.outcome() == Hearing.Outcome.HELD) {
                held += o.count();
            } else if (o.reason() != null) {
                adjournments.merge(o.reason().name(), o.count(), Long::sum);
            }
        }
        long adjourned = adjournments.values().stream().mapToLong(Long::longValue).sum();

        LocalDate limitDay = clock.limitDay(today);
        LocalDate nearingDay = clock.nearingDay(today);
        long past = figures.countPendingTrialsStartedBefore(p, limitDay);
        long nearing = figures.countPendingTrialsStartedBefore(p, nearingDay) - past;

        return new Backlog(programme.code(), today, period, pending, byAge, byCourt, figures.pendingByDistrict(p),
                names(figures.pendingByStage(p)), figures.medianPendingAgeDays(p, today),
                filed, disposed, percent(disposed, filed),
                figures.dispositionDaysAt(p, period.from(), period.to(), 50),
                figures.dispositionDaysAt(p, period.from(), period.to(), 90),
                withOutcome, held, held == 0 ? null : Math.round(10.0 * withOutcome / held) / 10.0,
                adjournments, percent(adjournments.getOrDefault("WITNESS_ABSENT", 0L), adjourned),
                percent(figures.countDisposedWithConviction(p, period.from(), period.to()), disposed),
                clock.workingDays(), past, nearing);
    }

    private static <E extends Enum<E>> Map<String, Long> names(Map<E, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((k, v) -> named.put(k.name(), v));
        return named;
    }

    /** Rounded half away from zero; none when there is nothing to divide by. */
    static Integer percent(long part, long whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }

    /** The backlog as rows of (section, item, value), the shape of both exports. */
    static List<List<Object>> rows(Backlog b) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Programme", "", b.programme()));
        rows.add(List.of("As of", "", b.asOf().toString()));
        rows.add(List.of("Period", "", b.period().from() + " to " + b.period().to()));
        rows.add(List.of("Pending cases", "total", b.pending()));
        b.pendingByAge().forEach((k, v) -> rows.add(List.of("Pending by age (years)", k, v)));
        b.pendingByCourt().forEach((k, v) -> rows.add(List.of("Pending by court", k, v)));
        b.pendingByDistrict().forEach((k, v) -> rows.add(List.of("Pending by district", k == null ? "" : k, v)));
        b.pendingByStage().forEach((k, v) -> rows.add(List.of("Pending by stage", k, v)));
        rows.add(row("Median age of pending cases (days)", b.medianPendingAgeDays()));
        rows.add(List.of("Cases filed in period", "", b.filed()));
        rows.add(List.of("Cases disposed in period", "", b.disposed()));
        rows.add(row("Clearance rate (%)", b.clearanceRatePct()));
        rows.add(row("Median days to disposition", b.medianDaysToDisposition()));
        rows.add(row("90th percentile days to disposition", b.p90DaysToDisposition()));
        rows.add(row("Settings per hearing that went ahead", b.settingsPerHearingHeld()));
        b.adjournmentsByReason().forEach((k, v) -> rows.add(List.of("Adjournments by reason", k, v)));
        rows.add(row("Share of adjournments for witness absence (%)", b.witnessAbsenceSharePct()));
        rows.add(row("Conviction rate among disposed cases (%)", b.convictionRatePct()));
        rows.add(List.of("Trials past the statutory limit", b.statutoryLimitWorkingDays() + " working days", b.pastStatutoryLimit()));
        rows.add(List.of("Trials nearing the statutory limit", "80% of it used", b.nearingStatutoryLimit()));
        return rows;
    }

    private static List<Object> row(String label, Object value) {
        return java.util.Arrays.asList(label, "", value == null ? "n/a" : value);
    }

    public String csv(String programmeCode, LocalDate from, LocalDate to) {
        CsvWriter csv = new CsvWriter().row("section", "item", "value");
        Backlog backlog = backlog(programmeCode, from, to);
        rows(backlog).forEach(csv::row);
        exported(backlog, "CSV");
        return csv.toString();
    }

    public byte[] workbook(String programmeCode, LocalDate from, LocalDate to) {
        try (SheetWriter sheet = new SheetWriter()) {
            sheet.sheet("Backlog").header(List.of("Section", "Item", "Value"));
            Backlog backlog = backlog(programmeCode, from, to);
            rows(backlog).forEach(r -> sheet.row(r.toArray()));
            exported(backlog, "XLSX");
            return sheet.toBytes();
        }
    }

    /** A download of the analysis leaves the house: who took which programme's figures, for which period, how. */
    private void exported(Backlog backlog, String format) {
        audit.record(AuditActions.EXPORT, "court-backlog", backlog.programme(), format + ", " + backlog.period().from()
                + " to " + backlog.period().to());
    }
}
