package org.liberta.courts.internal.figures;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.platform.api.Role;
import org.liberta.platform.api.indicators.DeclaredFigures;
import org.liberta.platform.api.indicators.Figure;
import org.liberta.platform.api.indicators.IndicatorDefinition;

/**
 * The headline figures the courts own, counted in the database exactly as docs/domain.md defines them, each
 * declared once below. Cases and accused each belong to one programme, so every figure adds up across programmes.
 */
@ApplicationScoped
@Transactional
public class CourtFigures extends DeclaredFigures {

    static final String ACCUSED_ARRESTED = "ACCUSED_ARRESTED";
    static final String PROSECUTIONS_SUPPORTED = "PROSECUTIONS_SUPPORTED";
    static final String EXPLOITERS_CONVICTED = "EXPLOITERS_CONVICTED";
    /** The backlog: cases pending on the period's last day (a breakdown, for the dashboard's court backlog). */
    static final String CASES_PENDING = "COURT_CASES_PENDING";

    @Inject
    private CourtFigureQueries queries;

    @Override
    protected List<Figure> figures() {
        return List.of(
                Figure.additive(new IndicatorDefinition(ACCUSED_ARRESTED, "Accused traffickers arrested", 50),
                        (period, programmes, tally) -> queries.countArrested(programmes, period.from(), period.to(), tally))
                        .listing((period, programmes, first, max) ->
                                queries.arrestedRecords(programmes, period.from(), period.to(), first, max)),
                Figure.additive(new IndicatorDefinition(PROSECUTIONS_SUPPORTED, "Prosecutions of exploiters supported", 60),
                        (period, programmes, tally) -> queries.countCasesSupported(programmes, period.from(), period.to(),
                                tally))
                        .listing((period, programmes, first, max) ->
                                queries.supportedCaseRecords(programmes, period.from(), period.to(), first, max)),
                Figure.additive(new IndicatorDefinition(EXPLOITERS_CONVICTED, "Exploiters convicted", 70),
                        (period, programmes, tally) -> queries.countConvicted(programmes, period.from(), period.to(), tally))
                        .listing((period, programmes, first, max) ->
                                queries.convictedRecords(programmes, period.from(), period.to(), first, max)),
                Figure.additive(new IndicatorDefinition(CASES_PENDING, "Court cases pending at the end of the period", 71)
                                .asBreakdown(),
                        (period, programmes, tally) -> queries.countPendingOn(programmes, period.to(), tally))
                        .listing((period, programmes, first, max) ->
                                queries.pendingCaseRecords(programmes, period.to(), first, max)));
    }

    /** Who besides M&amp;E and administrators reads the records behind the courts' figures: the lawyers. */
    @Override
    public Set<Role> recordsReadBy() {
        return Set.of(Role.LAWYER);
    }
}
