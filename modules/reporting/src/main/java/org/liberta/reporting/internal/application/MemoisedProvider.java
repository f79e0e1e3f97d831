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
 * figures, and charts share theirs, without asking the database twice.
 */
final class MemoisedProvider implements IndicatorProvider {

    private final IndicatorProvider provider;
    private final Map<List<Object>, Long> totals = new HashMap<>();
    private final Map<List<Object>, Map<Long, Long>> byProgramme = new HashMap<>();

    private MemoisedProvider(IndicatorProvider provider) {
        this.provider = provider;
    }

    /** One memo per provider for the length of a report: {@code memo.computeIfAbsent(p, MemoisedProvider::of)}. */
    static IndicatorProvider of(IndicatorProvider provider) {
        return new MemoisedProvider(provider);
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return provider.indicators();
    }

    @Override
    public long count(String code, Period period, Collection<Long> programmeIds) {
        return totals.computeIfAbsent(List.of(code, period, Set.copyOf(programmeIds)),
                key -> provider.count(code, period, programmeIds));
    }

    @Override
    public Map<Long, Long> countByProgramme(String code, Period period, Collection<Long> programmeIds) {
        return byProgramme.computeIfAbsent(List.of(code, period, Set.copyOf(programmeIds)),
                key -> provider.countByProgramme(code, period, programmeIds));
    }
}
