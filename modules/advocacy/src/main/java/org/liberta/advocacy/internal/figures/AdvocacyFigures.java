package org.liberta.advocacy.internal.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.advocacy.internal.domain.EngagementKind;
import org.liberta.advocacy.internal.domain.Outcome;
import org.liberta.advocacy.internal.domain.StakeholderKind;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.indicators.DeclaredFigures;
import org.liberta.platform.api.indicators.Figure;
import org.liberta.platform.api.indicators.IndicatorDefinition;

/**
 * Advocacy's figures: engagements (all, and breakdowns by type, by the kind of stakeholder met, by the country of a
 * stakeholder met — an engagement with two ministers counts once for ministers), outcomes (all, by significance, by
 * the charity's contribution) and campaigns won (wholly or partly, by an outcome in the period). Sub-lines have the
 * total as their denominator, so the report shows shares. Engagements, outcomes and campaigns each belong to one
 * programme: every figure adds up across programmes.
 */
@ApplicationScoped
public class AdvocacyFigures extends DeclaredFigures {

    static final String ENGAGEMENTS = "ADVOCACY_ENGAGEMENTS";
    static final String OUTCOMES = "ADVOCACY_OUTCOMES";
    static final String CAMPAIGNS_WON = "ADVOCACY_CAMPAIGNS_WON";

    /** The countries whose governments the programmes lobby, and the G7/US work done from the UK. */
    static final List<String> COUNTRIES = List.of("GB", "BD", "RO", "US", "TH", "IN");

    @Inject
    private AdvocacyFigureQueries queries;

    @Override
    protected List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        figures.add(engagements(new IndicatorDefinition(ENGAGEMENTS, "Policy engagements", 500), "all", null)
                .listing((period, programmes, first, max) ->
                        queries.engagementRecords(programmes, period.from(), period.to(), first, max)));
        int order = 501;
        for (EngagementKind k : EngagementKind.values()) {
            figures.add(engagements(new IndicatorDefinition(ENGAGEMENTS + "_TYPE_" + k, "Engagements: " + label(k),
                    order++, ENGAGEMENTS).asBreakdown(), "kind", k.name()));
        }
        for (StakeholderKind k : StakeholderKind.values()) {
            figures.add(engagements(new IndicatorDefinition(ENGAGEMENTS + "_WITH_" + k, "Engagements with: " + label(k),
                    order++, ENGAGEMENTS).asBreakdown(), "stakeholderKind", k.name()));
        }
        for (String country : COUNTRIES) {
            figures.add(engagements(new IndicatorDefinition(ENGAGEMENTS + "_COUNTRY_" + country,
                    "Engagements with stakeholders in " + country, order++, ENGAGEMENTS).asBreakdown(), "country", country));
        }
        figures.add(outcomes(new IndicatorDefinition(OUTCOMES, "Advocacy outcomes (changes in policy or practice)", 550),
                "all", null));
        order = 551;
        for (Outcome.Significance s : Outcome.Significance.values()) {
            figures.add(outcomes(new IndicatorDefinition(OUTCOMES + "_SIGNIFICANCE_" + s,
                    "Outcomes of " + label(s) + " significance", order++, OUTCOMES), "significance", s.name()));
        }
        for (Outcome.Contribution c : Outcome.Contribution.values()) {
            figures.add(outcomes(new IndicatorDefinition(OUTCOMES + "_CONTRIBUTION_" + c,
                    "Outcomes with a " + label(c) + " contribution", order++, OUTCOMES), "contribution", c.name()));
        }
        figures.add(Figure.additive(new IndicatorDefinition(CAMPAIGNS_WON, "Campaigns won (wholly or partly)", 570),
                        (period, programmes, tally) -> queries.countCampaignsWon(programmes, period.from(), period.to(),
                                tally))
                .listing((period, programmes, first, max) ->
                        queries.campaignsWonRecords(programmes, period.from(), period.to(), first, max)));
        return figures;
    }

    /** Who besides M&amp;E and administrators reads the records behind advocacy's figures: advocacy staff. */
    @Override
    public Set<Role> recordsReadBy() {
        return Set.of(Role.ADVOCACY);
    }

    /** Engagements, all or those whose {@code grouping} (kind, stakeholderKind, country) is {@code value}. */
    private Figure engagements(IndicatorDefinition definition, String grouping, String value) {
        return Figure.additive(definition, (period, programmes, tally) ->
                queries.countEngagements(programmes, period.from(), period.to(), grouping, value, tally));
    }

    /** Outcomes, all or those whose {@code grouping} (significance, contribution) is {@code value}, each listed. */
    private Figure outcomes(IndicatorDefinition definition, String grouping, String value) {
        return Figure.additive(definition, (period, programmes, tally) ->
                        queries.countOutcomes(programmes, period.from(), period.to(), grouping, value, tally))
                .listing((period, programmes, first, max) ->
                        queries.outcomeRecords(programmes, period.from(), period.to(), grouping, value, first, max));
    }

    private static String label(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
