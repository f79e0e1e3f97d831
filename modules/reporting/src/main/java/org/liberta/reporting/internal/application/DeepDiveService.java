package org.liberta.reporting.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.indicators.DatasetProvider;
import org.liberta.reporting.internal.domain.EngagementRegression;

/**
 * The engagement deep dive: for investigations open in the period (within the viewer's direct and funded
 * programmes), the association between survivors' willingness to support a prosecution and what the investigations
 * found: further victims, suspects, arrests, locations checked and the rest.
 */
@ApplicationScoped
public class DeepDiveService {

    static final String INVESTIGATIONS = "INVESTIGATIONS";

    @Inject
    private Instance<DatasetProvider> datasets;

    @Inject
    private Programmes programmes;

    @Inject
    private Caller caller;

    public record DeepDive(HeadlineReport.Dates period, EngagementRegression.Result result) implements Serializable {
    }

    public DeepDive engagement(LocalDate from, LocalDate to) {
        caller.requireAnyRole(Role.MEL, Role.ADMIN);
        Period period = new Period(from, to);
        Set<Long> scope = programmes.all().stream().filter(p -> caller.canSeeProgramme(p.id()))
                .filter(p -> p.relationship().countsInclFundedJointOps()).map(ProgrammeSummary::id)
                .collect(Collectors.toSet());
        List<Map<String, Double>> rows = new ArrayList<>();
        java.util.LinkedHashSet<String> outcomes = new java.util.LinkedHashSet<>();
        datasets.stream().filter(d -> d.datasets().contains(INVESTIGATIONS)).forEach(d -> {
            rows.addAll(d.rows(INVESTIGATIONS, period, scope));
            outcomes.addAll(d.outcomeVariables(INVESTIGATIONS));
        });
        return new DeepDive(new HeadlineReport.Dates(from, to), EngagementRegression.of(rows, List.copyOf(outcomes)));
    }
}
