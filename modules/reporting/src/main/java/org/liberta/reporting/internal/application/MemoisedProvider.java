package org.liberta.reporting.internal.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liberta.platform.api.Period;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorProvider;

/**
 * A provider that counts each distinct figure once while one report is built: rates reuse their denominators'
 * figures, and charts share theirs, without asking the database twice. An additive indicator (see
 * {@link IndicatorProvider#additive}) is counted once per period for every programme of the report, and each column
 * is summed from that.
 */
final class MemoisedProvider implements IndicatorProvider {

    private final IndicatorProvider provider;
    private final Set<Long> everyProgramme;
    private final Map<List<Object>, Long> totals = new HashMap<>();
    private final Map<List<Object>, Map<Long, Long>> byProgramme = new HashMap<>();

    private final boolean together;

    private MemoisedProvider(IndicatorProvider provider, Set<Long> everyProgramme, boolean together) {
        this.provider = provider;
        this.everyProgramme = Set.copyOf(everyProgramme);
        this.together = together;
    }

    /**
     * One memo per provider for the length of a report over {@code everyProgramme}, which needs most indicators
     * and so asks for those a module counts together at once:
     * {@code memo.computeIfAbsent(p, q -> MemoisedProvider.of(q, every))}.
     */
    static IndicatorProvider of(IndicatorProvider provider, Set<Long> everyProgramme) {
        return new MemoisedProvider(provider, everyProgramme, true);
    }

    /**
     * The same for charts, which follow a few indicators month by month: counting a whole family each month would
     * cost more than the one indicator asked for.
     */
    static IndicatorProvider oneAtATime(IndicatorProvider provider, Set<Long> everyProgramme) {
        return new MemoisedProvider(provider, everyProgramme, false);
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return provider.indicators();
    }

    @Override
    public long count(String code, Period period, Collection<Long> programmeIds) {
        if (summable(code, programmeIds)) {
            Map<Long, Long> figures = countByProgramme(code, period, everyProgramme);
            return programmeIds.stream().mapToLong(id -> figures.getOrDefault(id, 0L)).sum();
        }
        return totals.computeIfAbsent(List.of(code, period, Set.copyOf(programmeIds)),
                key -> provider.count(code, period, programmeIds));
    }

    @Override
    public Map<Long, Long> countByProgramme(String code, Period period, Collection<Long> programmeIds) {
        if (summable(code, programmeIds)) {
            Map<Long, Long> figures = countTogether(code, period);
            Map<Long, Long> some = new HashMap<>();
            programmeIds.forEach(id -> some.put(id, figures.getOrDefault(id, 0L)));
            return some;
        }
        return byProgramme.computeIfAbsent(List.of(code, period, Set.copyOf(programmeIds)),
                key -> provider.countByProgramme(code, period, programmeIds));
    }

    /** An additive indicator over every programme, with the others its module counts in the same statement. */
    private Map<Long, Long> countTogether(String code, Period period) {
        List<Object> key = List.of(code, period, everyProgramme);
        if (!byProgramme.containsKey(key)) {
            Set<String> family = this.together ? provider.countedWith(code) : Set.of(code);
            Map<String, Map<Long, Long>> figures = family.size() == 1
                    ? Map.of(code, provider.countByProgramme(code, period, everyProgramme))
                    : provider.countTogetherByProgramme(family, period, everyProgramme);
            figures.forEach((c, f) -> byProgramme.put(List.of(c, period, everyProgramme), f));
        }
        return java.util.Objects.requireNonNull(byProgramme.get(key), () -> "no figures for " + code);
    }

    @Override
    public boolean additive(String code) {
        return provider.additive(code);
    }

    private boolean summable(String code, Collection<Long> programmeIds) {
        return provider.additive(code) && everyProgramme.containsAll(programmeIds);
    }
}
