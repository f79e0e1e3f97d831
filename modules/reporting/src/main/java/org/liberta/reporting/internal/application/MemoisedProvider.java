package org.liberta.reporting.internal.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.liberta.platform.api.Period;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorProvider;

/**
 * A provider that counts each distinct figure once while one report is built: rates reuse their denominators'
 * figures, and charts share theirs, without asking the database twice. An additive indicator (see
 * {@link IndicatorProvider#additive}) is counted once per period for every programme of the report, and each column
 * is summed from that.
 * <p>
 * Safe to share between threads that count different periods: a report counts its period and its comparison at the
 * same time (see {@link #countAhead}). Two threads asking for the same figure at once would both count it, and
 * agree.
 */
final class MemoisedProvider implements IndicatorProvider {

    private final IndicatorProvider provider;
    private final Set<Long> everyProgramme;
    private final Map<List<Object>, Long> totals = new ConcurrentHashMap<>();
    private final Map<List<Object>, Map<Long, Long>> byProgramme = new ConcurrentHashMap<>();

    private MemoisedProvider(IndicatorProvider provider, Set<Long> everyProgramme) {
        this.provider = provider;
        this.everyProgramme = Set.copyOf(everyProgramme);
    }

    /**
     * One memo per provider for the length of a report or dashboard over {@code everyProgramme}; indicators the
     * module counts together are asked for together, since a family costs no more than one of its members:
     * {@code memo.computeIfAbsent(p, q -> MemoisedProvider.of(q, every))}.
     */
    static MemoisedProvider of(IndicatorProvider provider, Set<Long> everyProgramme) {
        return new MemoisedProvider(provider, everyProgramme);
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
        return remembered(totals, List.of(code, period, Set.copyOf(programmeIds)),
                () -> provider.count(code, period, programmeIds));
    }

    @Override
    public Map<Long, Long> countByProgramme(String code, Period period, Collection<Long> programmeIds) {
        if (summable(code, programmeIds)) {
            Map<Long, Long> figures = countTogether(code, period);
            Map<Long, Long> some = new HashMap<>();
            programmeIds.forEach(id -> some.put(id, figures.getOrDefault(id, 0L)));
            return some;
        }
        return remembered(byProgramme, List.of(code, period, Set.copyOf(programmeIds)),
                () -> provider.countByProgramme(code, period, programmeIds));
    }

    /** An additive indicator over every programme, with the others its module counts in the same statement. */
    private Map<Long, Long> countTogether(String code, Period period) {
        List<Object> key = List.of(code, period, everyProgramme);
        if (!byProgramme.containsKey(key)) {
            Set<String> family = provider.countedWith(code);
            Map<String, Map<Long, Long>> figures = family.size() == 1
                    ? Map.of(code, provider.countByProgramme(code, period, everyProgramme))
                    : provider.countTogetherByProgramme(family, period, everyProgramme);
            figures.forEach((c, f) -> byProgramme.put(List.of(c, period, everyProgramme), f));
        }
        return Objects.requireNonNull(byProgramme.get(key), () -> "no figures for " + code);
    }

    /**
     * Counts now, for one period, what the report will then ask of these indicators: each one's total over every
     * set of programmes in {@code totals}, and when {@code byProgramme} each one's figure per programme. What this
     * leaves out is still counted when asked for, only later.
     */
    void countAhead(Collection<String> codes, Period period, List<Set<Long>> totals, boolean byProgramme) {
        for (String code : codes) {
            totals.forEach(programmes -> count(code, period, programmes));
            if (byProgramme) {
                countByProgramme(code, period, everyProgramme);
            }
        }
    }

    /**
     * The figure under {@code key}, counted if nobody has yet. Not computeIfAbsent: that would hold a lock on the
     * map for the length of a query, and a thread counting the other period could be kept waiting on it.
     */
    private static <V> V remembered(Map<List<Object>, V> memo, List<Object> key, Supplier<V> count) {
        V known = memo.get(key);
        if (known == null) {
            V counted = count.get();
            known = Objects.requireNonNullElse(memo.putIfAbsent(key, counted), counted);
        }
        return known;
    }

    @Override
    public boolean additive(String code) {
        return provider.additive(code);
    }

    private boolean summable(String code, Collection<Long> programmeIds) {
        return provider.additive(code) && everyProgramme.containsAll(programmeIds);
    }
}
