package org.liberta.casework.internal.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.casework.api.InvestigationOutcome;
import org.liberta.casework.api.PoliceEngagementLevel;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.indicators.DatasetProvider;

/**
 * {@code INVESTIGATIONS}: one row per police investigation open in the period that a survivor of the programmes
 * took part in: its outcomes (further victims, suspects, arrests, lines of enquiry, charges, locations identified and
 * checked), how many survivors took part ({@code survivors}) and the share of them willing to support a prosecution
 * by the period's end ({@code willingShare}: their highest police engagement is "supports a prosecution").
 */
@ApplicationScoped
@Transactional
public class InvestigationDataset implements DatasetProvider {

    static final String INVESTIGATIONS = "INVESTIGATIONS";

    @Inject
    private CaseworkFigureQueries queries;

    @Override
    public Set<String> datasets() {
        return Set.of(INVESTIGATIONS);
    }

    /** What each investigation found, one variable per {@link InvestigationOutcome}. */
    @Override
    public List<String> outcomeVariables(String dataset) {
        return INVESTIGATIONS.equals(dataset)
                ? java.util.Arrays.stream(InvestigationOutcome.values()).map(InvestigationOutcome::field).toList()
                : List.of();
    }

    @Override
    public List<Map<String, Double>> rows(String dataset, Period period, Collection<Long> programmeIds) {
        if (!INVESTIGATIONS.equals(dataset) || programmeIds.isEmpty()) {
            return List.of();
        }
        // Three queries: the investigations and their outcomes, who took part, and each one's highest engagement.
        List<CaseworkFigureQueries.InvestigationOutcomes> investigations = queries.investigationsOpen(programmeIds,
                period.from(), period.to());
        Map<Long, List<Long>> survivors = queries.investigationSurvivors(investigations.stream()
                .map(CaseworkFigureQueries.InvestigationOutcomes::id).toList());
        Map<Long, Integer> highest = queries.highestPoliceLevels(survivors.values().stream().flatMap(List::stream)
                .collect(Collectors.toSet()), period.to());
        int supports = PoliceEngagementLevel.SUPPORTS_PROSECUTION.rank();
        List<Map<String, Double>> rows = new ArrayList<>();
        for (CaseworkFigureQueries.InvestigationOutcomes i : investigations) {
            List<Long> who = survivors.getOrDefault(i.id(), List.of());
            long willing = who.stream().filter(s -> highest.getOrDefault(s, 0) >= supports).count();
            Map<String, Double> row = new LinkedHashMap<>();
            row.put("survivors", (double) who.size());
            row.put("willingShare", who.isEmpty() ? 0.0 : (double) willing / who.size());
            i.found().forEach((outcome, count) -> row.put(outcome.field(), (double) count));
            rows.add(row);
        }
        return rows;
    }
}
