package org.liberta.reporting.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorProvider;
import org.liberta.reporting.internal.domain.ChangePercent;
import org.liberta.reporting.internal.domain.Percent;

/**
 * Builds the headline report from whatever indicators the modules contribute. Every figure is one aggregate
 * query in the owning module, so the number of queries depends on indicators and programmes, never on data.
 * Columns follow DOMAIN.md: Direct = DIRECT programmes; Incl. funded = DIRECT + FUNDED_JOINT_OPERATION;
 * joint operations that are not funded appear only in their own programme column.
 */
@ApplicationScoped
public class HeadlineReportService {

    @Inject
    private Instance<IndicatorProvider> providers;

    @Inject
    private Programmes programmes;

    @Inject
    private Caller caller;

    public HeadlineReport headline(LocalDate from, LocalDate to, LocalDate compareFrom, LocalDate compareTo) {
        caller.requireAnyRole(org.liberta.platform.api.Role.values());
        Period period = new Period(from, to);
        Period comparison = comparison(period, compareFrom, compareTo);
        // Outside MEL and ADMIN, a viewer's report covers only their own programmes.
        List<ProgrammeSummary> visible = programmes.all().stream().filter(p -> caller.canSeeProgramme(p.id()))
                .sorted(Comparator.comparing(ProgrammeSummary::code)).toList();
        Set<Long> direct = ids(visible, p -> p.relationship().countsAsDirect());
        Set<Long> inclFunded = ids(visible, p -> p.relationship().countsInclFundedJointOps());

        List<HeadlineReport.Line> lines = new ArrayList<>();
        providers.forEach(uncached -> {
            // Rates reuse their denominators' figures; each distinct figure is counted once per report.
            IndicatorProvider provider = memoised(uncached);
            provider.indicators().stream()
                    .sorted(Comparator.comparingInt(IndicatorDefinition::displayOrder)).forEach(indicator -> {
                        String code = indicator.code();
                        long current = provider.count(code, period, direct);
                        long previous = provider.count(code, comparison, direct);
                        Map<String, Long> byProgramme = new LinkedHashMap<>();
                        for (ProgrammeSummary p : visible) {
                            byProgramme.put(p.code(), provider.count(code, period, Set.of(p.id())));
                        }
                        long incl = provider.count(code, period, inclFunded);
                        HeadlineReport.Rate rate = indicator.denominator() == null ? null
                                : rate(provider, indicator.denominator(), period, direct, inclFunded, visible, current, incl,
                                        byProgramme);
                        lines.add(new HeadlineReport.Line(code, indicator.label(), current, previous,
                                ChangePercent.of(current, previous), incl, byProgramme, rate));
                    });
        });
        return new HeadlineReport(new HeadlineReport.Dates(period.from(), period.to()),
                new HeadlineReport.Dates(comparison.from(), comparison.to()), lines);
    }

    private static IndicatorProvider memoised(IndicatorProvider provider) {
        Map<List<Object>, Long> figures = new java.util.HashMap<>();
        return new IndicatorProvider() {
            @Override
            public List<IndicatorDefinition> indicators() {
                return provider.indicators();
            }

            @Override
            public long count(String code, Period period, java.util.Collection<Long> programmeIds) {
                return figures.computeIfAbsent(List.of(code, period, Set.copyOf(programmeIds)),
                        key -> provider.count(code, period, programmeIds));
            }
        };
    }

    private static HeadlineReport.Rate rate(IndicatorProvider provider, String denominator, Period period, Set<Long> direct,
            Set<Long> inclFunded, List<ProgrammeSummary> visible, long current, long incl, Map<String, Long> byProgramme) {
        Map<String, Long> pct = new LinkedHashMap<>();
        for (ProgrammeSummary p : visible) {
            pct.put(p.code(), Percent.of(byProgramme.get(p.code()), provider.count(denominator, period, Set.of(p.id()))));
        }
        return new HeadlineReport.Rate(denominator, Percent.of(current, provider.count(denominator, period, direct)),
                Percent.of(incl, provider.count(denominator, period, inclFunded)), pct);
    }

    private static Period comparison(Period period, LocalDate compareFrom, LocalDate compareTo) {
        if (compareFrom == null && compareTo == null) {
            return period.yearEarlier();
        }
        if (compareFrom == null || compareTo == null) {
            throw InvalidInputException.of(compareFrom == null ? "compareFrom" : "compareTo",
                    "give both ends of the comparison period, or neither");
        }
        try {
            return new Period(compareFrom, compareTo);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("compare" + capitalised(e.errors().get(0).field()), e.errors().get(0).message());
        }
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Set<Long> ids(List<ProgrammeSummary> programmes, Predicate<ProgrammeSummary> which) {
        return programmes.stream().filter(which).map(ProgrammeSummary::id).collect(Collectors.toSet());
    }
}
