package org.liberta.reporting.internal.application;

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
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorProvider;

/**
 * What a report may show the caller: the programmes in their scope (all of them for M&amp;E and administrators), in
 * column order (direct, funded joint operations, joint operations, then by code), and the indicators the modules
 * offer, each with the provider that counts it.
 */
@ApplicationScoped
public class ReportScope {

    @Inject
    private Instance<IndicatorProvider> providers;

    @Inject
    private Programmes programmes;

    @Inject
    private Caller caller;

    public List<ProgrammeSummary> visibleProgrammes() {
        return programmes.all().stream().filter(p -> caller.canSeeProgramme(p.id()))
                .sorted(Comparator.comparing((ProgrammeSummary p) -> p.relationship().ordinal())
                        .thenComparing(ProgrammeSummary::code)).toList();
    }

    /** Every indicator the modules offer, in report order, with its provider. */
    public Map<IndicatorDefinition, IndicatorProvider> indicators() {
        List<Map.Entry<IndicatorDefinition, IndicatorProvider>> all = new ArrayList<>();
        for (IndicatorProvider provider : providers) {
            provider.indicators().forEach(d -> all.add(Map.entry(d, provider)));
        }
        all.sort(Map.Entry.comparingByKey(Comparator.comparingInt(IndicatorDefinition::displayOrder)
                .thenComparing(IndicatorDefinition::code)));
        Map<IndicatorDefinition, IndicatorProvider> ordered = new LinkedHashMap<>();
        all.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** The provider that counts the indicator with this code, if any module offers it. */
    public java.util.Optional<IndicatorProvider> provider(String code) {
        return providers.stream().filter(p -> p.indicators().stream().anyMatch(d -> d.code().equals(code))).findFirst();
    }

    static Set<Long> ids(List<ProgrammeSummary> programmes, Predicate<ProgrammeSummary> which) {
        return programmes.stream().filter(which).map(ProgrammeSummary::id).collect(Collectors.toSet());
    }
}
