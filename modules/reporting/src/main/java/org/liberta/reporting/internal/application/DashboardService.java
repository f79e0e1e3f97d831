package org.liberta.reporting.internal.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorProvider;
import org.liberta.reporting.internal.domain.Percent;

/**
 * The dashboard: indicators over time by programme, the police engagement ladder, recovery progress, the court
 * backlog and witness attendance, training by profession. Everything is read through the indicator SPI, one grouped
 * statement per indicator and month (or per indicator, for the period's charts), so the number of statements
 * depends on the months shown and never on the data.
 */
@ApplicationScoped
public class DashboardService {

    /** Series show at most the last two years of a longer period: a chart of 120 monthly points helps no one. */
    static final int MAX_MONTHS = 24;

    static final String DEFAULT_OVER_TIME = "SURVIVORS_CARED_FOR";
    static final String CARED_FOR = "SURVIVORS_CARED_FOR";
    static final String POLICE_ENGAGED = "POLICE_ENGAGED";
    /** The ladder's rungs above "no engagement on record", lowest first. */
    static final List<String> POLICE_RUNGS = List.of("POLICE_INFORMATION_ON_RECORD", "POLICE_INTELLIGENCE_PROVIDED",
            "POLICE_ABE_INTERVIEW", "POLICE_SUPPORTS_PROSECUTION");
    static final String NOT_ENGAGED = "POLICE_NOT_ENGAGED";
    static final List<String> RECOVERY = List.of(CARED_FOR, "RECOVERY_ASSESSED", "RECOVERY_IMPROVED");
    static final String BACKLOG = "COURT_CASES_PENDING";
    static final String WITNESSES_REQUIRED = "WITNESSES_REQUIRED";
    static final String WITNESSES_ATTENDED = "WITNESSES_ATTENDED";
    static final String TRAINED = "PROFESSIONALS_TRAINED";

    @Inject
    private ReportScope scope;

    @Inject
    private Caller caller;

    public Dashboard dashboard(LocalDate from, LocalDate to, String overTimeCode) {
        caller.requireAnyRole(Role.values());
        Period period = new Period(from, to);
        Charting charting = new Charting(scope.visibleProgrammes(), scope.indicators(), months(period));
        String overTime = overTimeCode == null || overTimeCode.isBlank() ? DEFAULT_OVER_TIME
                : overTimeCode.strip().toUpperCase(Locale.ROOT);
        if (charting.definition(overTime).isEmpty()) {
            throw InvalidInputException.of("indicator", "unknown indicator code");
        }
        return new Dashboard(new HeadlineReport.Dates(period.from(), period.to()),
                charting.programmes.stream().map(p -> new HeadlineReport.Column(p.code(), p.name(),
                        p.relationship().name())).toList(),
                charting.months.stream().map(YearMonth::toString).toList(), charting.series(overTime),
                policeLadder(charting, period), charting.stack(RECOVERY, period), charting.series(BACKLOG),
                witnessAttendance(charting), trainingByProfession(charting, period));
    }

    /** Survivors cared for by their highest rung: "no engagement on record" is those cared for less those engaged. */
    private static Dashboard.Stack policeLadder(Charting charting, Period period) {
        Dashboard.Stack rungs = charting.stack(POLICE_RUNGS, period);
        Optional<IndicatorDefinition> caredFor = charting.definition(CARED_FOR);
        if (rungs == null || caredFor.isEmpty() || charting.definition(POLICE_ENGAGED).isEmpty()) {
            return rungs;
        }
        Map<Long, Long> cared = charting.byProgramme(CARED_FOR, period);
        Map<Long, Long> engaged = charting.byProgramme(POLICE_ENGAGED, period);
        List<Dashboard.Category> categories = new ArrayList<>();
        categories.add(new Dashboard.Category(NOT_ENGAGED, "No police engagement on record"));
        categories.addAll(rungs.categories());
        Map<String, List<Long>> byProgramme = new LinkedHashMap<>();
        for (ProgrammeSummary p : charting.programmes) {
            List<Long> values = new ArrayList<>();
            values.add(cared.getOrDefault(p.id(), 0L) - engaged.getOrDefault(p.id(), 0L));
            values.addAll(rungs.byProgramme().get(p.code()));
            byProgramme.put(p.code(), values);
        }
        return new Dashboard.Stack(categories, byProgramme);
    }

    /** Witnesses who attended as a percentage of those required, month by month. */
    private static Dashboard.Series witnessAttendance(Charting charting) {
        if (charting.definition(WITNESSES_REQUIRED).isEmpty() || charting.definition(WITNESSES_ATTENDED).isEmpty()) {
            return null;
        }
        Map<String, List<Long>> byProgramme = new LinkedHashMap<>();
        charting.programmes.forEach(p -> byProgramme.put(p.code(), new ArrayList<>()));
        for (YearMonth month : charting.months) {
            Period days = Charting.period(month);
            Map<Long, Long> required = charting.byProgramme(WITNESSES_REQUIRED, days);
            Map<Long, Long> attended = charting.byProgramme(WITNESSES_ATTENDED, days);
            charting.programmes.forEach(p -> byProgramme.get(p.code()).add(
                    Percent.of(attended.getOrDefault(p.id(), 0L), required.getOrDefault(p.id(), 0L))));
        }
        return new Dashboard.Series(WITNESSES_ATTENDED, charting.definition(WITNESSES_ATTENDED).get().label(),
                byProgramme);
    }

    /** Professionals trained by profession (the training module's breakdowns), professions nobody trained in left out. */
    private static Dashboard.Stack trainingByProfession(Charting charting, Period period) {
        List<String> professions = charting.indicators.keySet().stream()
                .filter(d -> d.breakdown() && TRAINED.equals(d.denominator())).map(IndicatorDefinition::code).toList();
        Dashboard.Stack all = charting.stack(professions, period);
        if (all == null) {
            return null;
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < all.categories().size(); i++) {
            int column = i;
            if (all.byProgramme().values().stream().anyMatch(v -> v.get(column) > 0)) {
                kept.add(i);
            }
        }
        Map<String, List<Long>> byProgramme = new LinkedHashMap<>();
        all.byProgramme().forEach((code, values) -> byProgramme.put(code, kept.stream().map(values::get).toList()));
        return new Dashboard.Stack(kept.stream().map(all.categories()::get).toList(), byProgramme);
    }

    /** The calendar months the period touches, the last {@link #MAX_MONTHS} of them at most. */
    static List<YearMonth> months(Period period) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.from(period.to());
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months.size() > MAX_MONTHS ? List.copyOf(months.subList(months.size() - MAX_MONTHS, months.size()))
                : months;
    }

    /** One dashboard's programmes, indicators and months, with every figure counted once. */
    private static final class Charting {

        private final List<ProgrammeSummary> programmes;
        private final Map<IndicatorDefinition, IndicatorProvider> indicators;
        private final List<YearMonth> months;
        private final Set<Long> ids;
        private final Map<IndicatorProvider, IndicatorProvider> memo = new HashMap<>();

        Charting(List<ProgrammeSummary> programmes, Map<IndicatorDefinition, IndicatorProvider> indicators,
                List<YearMonth> months) {
            this.programmes = programmes;
            this.indicators = indicators;
            this.months = months;
            this.ids = ReportScope.ids(programmes, p -> true);
        }

        static Period period(YearMonth month) {
            return new Period(month.atDay(1), month.atEndOfMonth());
        }

        Optional<IndicatorDefinition> definition(String code) {
            return indicators.keySet().stream().filter(d -> d.code().equals(code)).findFirst();
        }

        Map<Long, Long> byProgramme(String code, Period period) {
            IndicatorDefinition d = definition(code).orElseThrow();
            return memo.computeIfAbsent(indicators.get(d), p -> MemoisedProvider.of(p, ids)).countByProgramme(code, period, ids);
        }

        /** The indicator month by month, or null when no module offers it. */
        Dashboard.Series series(String code) {
            Optional<IndicatorDefinition> d = definition(code);
            if (d.isEmpty()) {
                return null;
            }
            Map<String, List<Long>> byProgramme = new LinkedHashMap<>();
            programmes.forEach(p -> byProgramme.put(p.code(), new ArrayList<>()));
            for (YearMonth month : months) {
                Map<Long, Long> figures = byProgramme(code, period(month));
                programmes.forEach(p -> byProgramme.get(p.code()).add(figures.getOrDefault(p.id(), 0L)));
            }
            return new Dashboard.Series(code, d.get().label(), byProgramme);
        }

        /** The indicators over the whole period side by side (those no module offers left out), or null if none is. */
        Dashboard.Stack stack(List<String> codes, Period period) {
            List<Dashboard.Category> categories = new ArrayList<>();
            Map<String, List<Long>> byProgramme = new LinkedHashMap<>();
            programmes.forEach(p -> byProgramme.put(p.code(), new ArrayList<>()));
            for (String code : codes) {
                Optional<IndicatorDefinition> d = definition(code);
                if (d.isPresent()) {
                    categories.add(new Dashboard.Category(code, d.get().label()));
                    Map<Long, Long> figures = byProgramme(code, period);
                    programmes.forEach(p -> byProgramme.get(p.code()).add(figures.getOrDefault(p.id(), 0L)));
                }
            }
            return categories.isEmpty() ? null : new Dashboard.Stack(categories, byProgramme);
        }
    }
}
