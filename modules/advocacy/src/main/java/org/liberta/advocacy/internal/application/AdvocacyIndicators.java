package org.liberta.advocacy.internal.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.advocacy.internal.domain.AdvocacyRepository;
import org.liberta.advocacy.internal.domain.EngagementKind;
import org.liberta.advocacy.internal.domain.Outcome;
import org.liberta.advocacy.internal.domain.StakeholderKind;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.TalliedIndicatorProvider;
import org.liberta.platform.api.indicators.Tally;

/**
 * Advocacy through the indicator SPI, each an aggregate query: engagements (all, by type, by the kind of stakeholder
 * met, by the country of a stakeholder met — an engagement with two ministers counts once for ministers), outcomes
 * (all, by significance, by the charity's contribution) and campaigns won (whole or partly, by an outcome in the
 * period). Sub-lines have the total as their denominator, so the report shows shares.
 */
@ApplicationScoped
public class AdvocacyIndicators implements TalliedIndicatorProvider {

    static final String ENGAGEMENTS = "ADVOCACY_ENGAGEMENTS";
    static final String OUTCOMES = "ADVOCACY_OUTCOMES";
    static final String CAMPAIGNS_WON = "ADVOCACY_CAMPAIGNS_WON";
    private static final String BY_TYPE = ENGAGEMENTS + "_TYPE_";
    private static final String BY_STAKEHOLDER = ENGAGEMENTS + "_WITH_";
    private static final String BY_COUNTRY = ENGAGEMENTS + "_COUNTRY_";
    private static final String BY_SIGNIFICANCE = OUTCOMES + "_SIGNIFICANCE_";
    private static final String BY_CONTRIBUTION = OUTCOMES + "_CONTRIBUTION_";

    /** The countries whose governments the programmes lobby, and the G7/US work done from the UK. */
    static final List<String> COUNTRIES = List.of("GB", "BD", "RO", "US", "TH", "IN");

    @Inject
    private AdvocacyRepository repository;

    @Override
    public List<IndicatorDefinition> indicators() {
        List<IndicatorDefinition> all = new ArrayList<>();
        all.add(new IndicatorDefinition(ENGAGEMENTS, "Policy engagements", 500));
        int order = 501;
        for (EngagementKind k : EngagementKind.values()) {
            all.add(new IndicatorDefinition(BY_TYPE + k, "Engagements: " + label(k), order++, ENGAGEMENTS).asBreakdown());
        }
        for (StakeholderKind k : StakeholderKind.values()) {
            all.add(new IndicatorDefinition(BY_STAKEHOLDER + k, "Engagements with: " + label(k), order++, ENGAGEMENTS)
                    .asBreakdown());
        }
        for (String country : COUNTRIES) {
            all.add(new IndicatorDefinition(BY_COUNTRY + country, "Engagements with stakeholders in " + country, order++,
                    ENGAGEMENTS).asBreakdown());
        }
        all.add(new IndicatorDefinition(OUTCOMES, "Advocacy outcomes (changes in policy or practice)", 550));
        order = 551;
        for (Outcome.Significance s : Outcome.Significance.values()) {
            all.add(new IndicatorDefinition(BY_SIGNIFICANCE + s, "Outcomes of " + label(s) + " significance", order++,
                    OUTCOMES));
        }
        for (Outcome.Contribution c : Outcome.Contribution.values()) {
            all.add(new IndicatorDefinition(BY_CONTRIBUTION + c, "Outcomes with a " + label(c) + " contribution", order++,
                    OUTCOMES));
        }
        all.add(new IndicatorDefinition(CAMPAIGNS_WON, "Campaigns won (wholly or partly)", 570));
        return all;
    }

    @Override
    public Map<Long, Long> tally(String code, Period period, Collection<Long> programmeIds, Tally tally) {
        var from = period.from();
        var to = period.to();
        if (code.equals(ENGAGEMENTS)) {
            return repository.countEngagements(programmeIds, from, to, "all", null, tally);
        }
        if (code.equals(OUTCOMES)) {
            return repository.countOutcomes(programmeIds, from, to, "all", null, tally);
        }
        if (code.equals(CAMPAIGNS_WON)) {
            return repository.countCampaignsWon(programmeIds, from, to, tally);
        }
        try {
            if (code.startsWith(BY_TYPE)) {
                return repository.countEngagements(programmeIds, from, to, "kind",
                        EngagementKind.valueOf(code.substring(BY_TYPE.length())).name(), tally);
            }
            if (code.startsWith(BY_STAKEHOLDER)) {
                return repository.countEngagements(programmeIds, from, to, "stakeholderKind",
                        StakeholderKind.valueOf(code.substring(BY_STAKEHOLDER.length())).name(), tally);
            }
            if (code.startsWith(BY_COUNTRY) && COUNTRIES.contains(code.substring(BY_COUNTRY.length()))) {
                return repository.countEngagements(programmeIds, from, to, "country", code.substring(BY_COUNTRY.length()),
                        tally);
            }
            if (code.startsWith(BY_SIGNIFICANCE)) {
                return repository.countOutcomes(programmeIds, from, to, "significance",
                        Outcome.Significance.valueOf(code.substring(BY_SIGNIFICANCE.length())).name(), tally);
            }
            if (code.startsWith(BY_CONTRIBUTION)) {
                return repository.countOutcomes(programmeIds, from, to, "contribution",
                        Outcome.Contribution.valueOf(code.substring(BY_CONTRIBUTION.length())).name(), tally);
            }
        } catch (IllegalArgumentException e) {
            // falls through to "unknown"
        }
        throw InvalidInputException.of("indicator", "unknown indicator " + code);
    }

    /** Engagements, outcomes and campaigns each belong to one programme. */
    @Override
    public boolean additive(String code) {
        return true;
    }

    @Override
    public java.util.Set<Role> recordsReadBy() {
        return java.util.Set.of(Role.ADVOCACY);
    }

    @Override
    public boolean listsRecords(String code) {
        return ENGAGEMENTS.equals(code) || OUTCOMES.equals(code) || CAMPAIGNS_WON.equals(code)
                || code.startsWith(BY_SIGNIFICANCE) || code.startsWith(BY_CONTRIBUTION);
    }

    @Override
    public List<IndicatorRecord> records(String code, Period period, Collection<Long> programmeIds, int first, int max) {
        var from = period.from();
        var to = period.to();
        if (code.equals(ENGAGEMENTS)) {
            return repository.engagementRecords(programmeIds, from, to, first, max);
        }
        if (code.equals(CAMPAIGNS_WON)) {
            return repository.campaignsWonRecords(programmeIds, from, to, first, max);
        }
        if (code.equals(OUTCOMES)) {
            return repository.outcomeRecords(programmeIds, from, to, "all", null, first, max);
        }
        try {
            if (code.startsWith(BY_SIGNIFICANCE)) {
                return repository.outcomeRecords(programmeIds, from, to, "significance",
                        Outcome.Significance.valueOf(code.substring(BY_SIGNIFICANCE.length())).name(), first, max);
            }
            if (code.startsWith(BY_CONTRIBUTION)) {
                return repository.outcomeRecords(programmeIds, from, to, "contribution",
                        Outcome.Contribution.valueOf(code.substring(BY_CONTRIBUTION.length())).name(), first, max);
            }
        } catch (IllegalArgumentException e) {
            // not an outcome breakdown: nothing listed
        }
        return List.of();
    }

    private static String label(Enum<?> e) {
        return e.name().toLowerCase().replace('_', ' ');
    }
}
