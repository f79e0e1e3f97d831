package org.liberta.reporting.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Relationship;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorProvider;
import org.liberta.reporting.internal.domain.ChangePercent;
import org.liberta.reporting.internal.domain.Percent;
import org.liberta.reporting.internal.domain.ReportingRepository;
import org.liberta.reporting.internal.domain.SmallCells;
import org.liberta.reporting.internal.domain.Target;

/**
 * Builds the headline report from whatever indicators the modules contribute. Every figure is one aggregate
 * query in the owning module, so the number of queries depends on indicators and programmes, never on data.
 * Columns follow docs/domain.md: Direct = DIRECT programmes; Incl. funded = DIRECT + FUNDED_JOINT_OPERATION;
 * joint operations that are not funded appear only in their own programme column.
 */
@ApplicationScoped
public class HeadlineReportService {

    static final String DIRECT = "direct";
    static final String PREVIOUS = "directPrevious";
    static final String INCL = "inclFundedJointOps";

    @Inject
    private ReportScope scope;

    @Inject
    private Caller caller;

    @Inject
    private ReportingRepository repository;

    /** Counts the modules' figures side by side (see {@link #countAhead}). */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Inject
    private TransactionalCounting counting;

    /** The smallest count of people an external report shows (LIBERTA_REPORT_MINIMUM_CELL). */
    @Inject
    @ConfigProperty(name = "liberta.report.minimum.cell", defaultValue = "5")
    private int minimumCell;

    public HeadlineReport headline(LocalDate from, LocalDate to, LocalDate compareFrom, LocalDate compareTo) {
        return headline(new ReportRequest(from, to, compareFrom, compareTo, null, null, null));
    }

    public HeadlineReport headline(ReportRequest request) {
        caller.requireAnyRole(Role.values());
        Period period = new Period(request.from(), request.to());
        Period comparison = comparison(period, request.compareFrom(), request.compareTo());
        if (request.audience() != null && !request.audience().isBlank() && !request.external()
                && !"internal".equalsIgnoreCase(request.audience())) {
            throw InvalidInputException.of("audience", "is internal or external");
        }
        // Outside MEL and ADMIN, a viewer's report covers only their own programmes.
        List<ProgrammeSummary> visible = columns(request.programmes());
        Set<Long> direct = ReportScope.ids(visible, p -> p.relationship().countsAsDirect());
        Set<Long> inclFunded = ReportScope.ids(visible, p -> p.relationship().countsInclFundedJointOps());
        Set<Long> every = ReportScope.ids(visible, p -> true);
        Map<IndicatorDefinition, IndicatorProvider> chosen = indicators(request.indicators());

        Map<String, Map<String, Long>> targets = new HashMap<>();
        for (Target t : repository.targets(period.from(), period.to())) {
            targets.computeIfAbsent(t.getIndicatorCode(), c -> new LinkedHashMap<>())
                    .put(Target.DIRECT.equals(t.getProgrammeCode()) ? DIRECT : t.getProgrammeCode(), t.getValue());
        }
        // Rates reuse their denominators' figures; each distinct figure is counted once per report.
        Map<IndicatorProvider, MemoisedProvider> memo = new LinkedHashMap<>();
        chosen.values().forEach(p -> memo.computeIfAbsent(p, q -> MemoisedProvider.of(q, every)));
        countAhead(chosen, memo, period, comparison, direct, inclFunded);
        List<HeadlineReport.Line> lines = new ArrayList<>();
        chosen.forEach((indicator, uncached) -> {
            IndicatorProvider provider = memo.get(uncached);
            String code = indicator.code();
            long current = provider.count(code, period, direct);
            long previous = provider.count(code, comparison, direct);
            Map<String, Long> byProgramme = byCode(visible, provider.countByProgramme(code, period, every));
            long incl = provider.count(code, period, inclFunded);
            HeadlineReport.Rate rate = indicator.denominator() == null ? null
                    : rate(provider, indicator.denominator(), period, direct, inclFunded, visible, current, incl,
                            byProgramme);
            Map<String, Long> target = targets.getOrDefault(code, Map.of());
            HeadlineReport.Line line = new HeadlineReport.Line(code, indicator.label(), current, previous,
                    ChangePercent.of(current, previous), incl, byProgramme, rate, List.of(), target,
                    target.containsKey(DIRECT) ? Percent.of(current, target.get(DIRECT)) : null);
            lines.add(request.external() ? suppressed(line, visible) : line);
        });
        List<HeadlineReport.Column> columns = visible.stream().map(p -> new HeadlineReport.Column(p.code(), p.name(),
                p.relationship().name())).toList();
        return new HeadlineReport(new HeadlineReport.Dates(period.from(), period.to()),
                new HeadlineReport.Dates(comparison.from(), comparison.to()), lines, columns,
                request.external() ? "external" : "internal", request.external() ? minimumCell : null);
    }

    /**
     * Counts every module's figures for the period and for its comparison at the same time, on the server's managed
     * threads, so that the report takes about as long as its slowest statement or its share of the database's cores,
     * rather than the sum of all its statements: they are independent of each other. The lines are then read from
     * the memo.
     */
    private void countAhead(Map<IndicatorDefinition, IndicatorProvider> chosen, Map<IndicatorProvider, MemoisedProvider> memo,
            Period period, Period comparison, Set<Long> direct, Set<Long> inclFunded) {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        memo.forEach((provider, memoised) -> {
            Set<String> codes = new LinkedHashSet<>();
            Set<String> denominators = new LinkedHashSet<>();
            chosen.forEach((indicator, owner) -> {
                if (owner == provider) {
                    codes.add(indicator.code());
                    if (indicator.denominator() != null) {
                        denominators.add(indicator.denominator());
                    }
                }
            });
            Set<String> withDenominators = new LinkedHashSet<>(codes);
            withDenominators.addAll(denominators);
            for (Set<String> some : families(provider, withDenominators)) {
                running.add(executor.runAsync(() -> counting.run(
                        () -> memoised.countAhead(some, period, List.of(direct, inclFunded), true))));
            }
            for (Set<String> some : families(provider, codes)) {
                running.add(executor.runAsync(() -> counting.run(
                        () -> memoised.countAhead(some, comparison, List.of(direct), false))));
            }
        });
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * The codes split into tasks as the provider counts them: each family it counts in one statement, then all
     * the others together.
     */
    private static List<Set<String>> families(IndicatorProvider provider, Set<String> codes) {
        List<Set<String>> families = new ArrayList<>();
        Set<String> others = new LinkedHashSet<>(codes);
        for (String code : codes) {
            Set<String> family = provider.countedWith(code);
            if (family.size() > 1 && others.contains(code)) {
                Set<String> asked = new LinkedHashSet<>(family);
                asked.retainAll(codes);
                families.add(asked);
                others.removeAll(family);
            }
        }
        if (!others.isEmpty()) {
            families.add(others);
        }
        return families;
    }

    /** The indicators every provider offers, by code, in report order (for pickers and validation). */
    public List<IndicatorDefinition> catalogue() {
        caller.requireAnyRole(Role.values());
        return List.copyOf(scope.indicators().keySet());
    }

    /** The programmes asked for (or all), each one the viewer may see; any other code is unknown. */
    private List<ProgrammeSummary> columns(List<String> codes) {
        List<ProgrammeSummary> visible = scope.visibleProgrammes();
        if (codes == null || codes.isEmpty()) {
            return visible;
        }
        Set<String> asked = codes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> unknown = new LinkedHashSet<>(asked);
        visible.forEach(p -> unknown.remove(p.code()));
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("programmes", "unknown programme codes: " + String.join(", ", unknown));
        }
        return visible.stream().filter(p -> asked.contains(p.code())).toList();
    }

    /** The indicators asked for, each with its provider, in report order; unknown codes are named. */
    private Map<IndicatorDefinition, IndicatorProvider> indicators(List<String> codes) {
        boolean all = codes != null && codes.size() == 1 && "all".equalsIgnoreCase(codes.get(0).strip());
        Set<String> asked = codes == null || codes.isEmpty() || all ? null
                : codes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<IndicatorDefinition, IndicatorProvider> chosen = new LinkedHashMap<>();
        Set<String> unknown = asked == null ? new LinkedHashSet<>() : new LinkedHashSet<>(asked);
        scope.indicators().forEach((d, provider) -> {
            if (asked == null ? all || !d.breakdown() : asked.contains(d.code())) {
                chosen.put(d, provider);
                unknown.remove(d.code());
            }
        });
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("indicators", "unknown indicator codes: " + String.join(", ", unknown));
        }
        return chosen;
    }

    /**
     * The line as an external audience sees it: small counts and the cells that would give them away are null,
     * and so are the change and the percentages that would let them be worked out.
     */
    private HeadlineReport.Line suppressed(HeadlineReport.Line line, List<ProgrammeSummary> visible) {
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put(DIRECT, line.direct());
        cells.put(PREVIOUS, line.directPrevious());
        cells.put(INCL, line.inclFundedJointOps());
        cells.putAll(line.byProgramme());
        List<String> directParts = codes(visible, Relationship.DIRECT);
        List<String> inclParts = new ArrayList<>(List.of(DIRECT));
        inclParts.addAll(codes(visible, Relationship.FUNDED_JOINT_OPERATION));
        Set<String> hidden = SmallCells.suppressed(cells, List.of(new SmallCells.Sum(DIRECT, directParts),
                new SmallCells.Sum(INCL, inclParts)), minimumCell);
        if (hidden.isEmpty()) {
            return line;
        }
        Map<String, Long> byProgramme = new LinkedHashMap<>();
        line.byProgramme().forEach((code, value) -> byProgramme.put(code, hidden.contains(code) ? null : value));
        HeadlineReport.Rate rate = line.rate();
        if (rate != null) {
            Map<String, Long> pct = new LinkedHashMap<>();
            rate.byProgrammePct().forEach((code, value) -> pct.put(code, hidden.contains(code) ? null : value));
            rate = new HeadlineReport.Rate(rate.denominator(), hidden.contains(DIRECT) ? null : rate.directPct(),
                    hidden.contains(INCL) ? null : rate.inclFundedJointOpsPct(), pct);
        }
        boolean changeHidden = hidden.contains(DIRECT) || hidden.contains(PREVIOUS);
        return new HeadlineReport.Line(line.code(), line.label(), hidden.contains(DIRECT) ? null : line.direct(),
                hidden.contains(PREVIOUS) ? null : line.directPrevious(), changeHidden ? null : line.directChangePct(),
                hidden.contains(INCL) ? null : line.inclFundedJointOps(), byProgramme, rate,
                cells.keySet().stream().filter(hidden::contains).toList(), line.targets(),
                hidden.contains(DIRECT) ? null : line.directTargetPct());
    }

    private static List<String> codes(List<ProgrammeSummary> visible, Relationship relationship) {
        return visible.stream().filter(p -> p.relationship() == relationship).map(ProgrammeSummary::code).toList();
    }

    /** Figures by programme id as figures by programme code, 0 where a programme had nothing to count. */
    private static Map<String, Long> byCode(List<ProgrammeSummary> programmes, Map<Long, Long> figures) {
        Map<String, Long> byCode = new LinkedHashMap<>();
        programmes.forEach(p -> byCode.put(p.code(), figures.getOrDefault(p.id(), 0L)));
        return byCode;
    }

    private static HeadlineReport.Rate rate(IndicatorProvider provider, String denominator, Period period, Set<Long> direct,
            Set<Long> inclFunded, List<ProgrammeSummary> visible, long current, long incl, Map<String, Long> byProgramme) {
        Map<String, Long> denominators = byCode(visible,
                provider.countByProgramme(denominator, period, ReportScope.ids(visible, p -> true)));
        Map<String, Long> pct = new LinkedHashMap<>();
        visible.forEach(p -> pct.put(p.code(), Percent.of(byProgramme.get(p.code()), denominators.get(p.code()))));
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
}
