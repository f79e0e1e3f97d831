package org.liberta.casework.internal.figures;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.casework.api.ContactMode;
import org.liberta.casework.api.InvestigationOutcome;
import org.liberta.casework.api.PoliceEngagementLevel;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.indicators.DeclaredFigures;
import org.liberta.platform.api.indicators.Figure;
import org.liberta.platform.api.indicators.FigureFamily;
import org.liberta.platform.api.indicators.IndicatorDefinition;

/**
 * The figures casework owns, counted in the database exactly as docs/domain.md defines them, each declared once
 * below: what it is, how it counts, and how it lists the records behind it.
 * <p>
 * Survivors never change programme and every care event carries its survivor's, so survivors and their events
 * add up across programmes (additive); prevention participants may sit sessions of two programmes, and an
 * investigation can involve survivors of two, so those are counted for each column.
 */
@ApplicationScoped
@Transactional
public class CaseworkFigures extends DeclaredFigures {

    static final String VICTIMS_REMOVED = "VICTIMS_REMOVED";
    static final String SURVIVORS_CARED_FOR = "SURVIVORS_CARED_FOR";
    static final String SURVIVORS_REPATRIATED = "SURVIVORS_REPATRIATED";
    static final String PREVENTION_REACHED = "PREVENTION_REACHED";
    static final String RETRAFFICKED = "RETRAFFICKED";
    static final String FOLLOW_UPS = "FOLLOW_UPS";
    static final String FOLLOW_UPS_PHONE = "FOLLOW_UPS_PHONE";
    static final String FOLLOW_UPS_IN_PERSON = "FOLLOW_UPS_IN_PERSON";
    static final String POLICE_ENGAGED = "POLICE_ENGAGED";
    static final String POLICE_ABE = "POLICE_ABE_INTERVIEW";
    static final String POLICE_SUPPORTS_PROSECUTION = "POLICE_SUPPORTS_PROSECUTION";
    static final String POLICE_INFORMATION = "POLICE_INFORMATION_ON_RECORD";
    static final String POLICE_INTELLIGENCE = "POLICE_INTELLIGENCE_PROVIDED";
    static final String RECOVERY_ASSESSED = "RECOVERY_ASSESSED";
    static final String RECOVERY_IMPROVED = "RECOVERY_IMPROVED";

    @Inject
    private CaseworkFigureQueries queries;

    /**
     * Survivors cared for and, of them, how many stood on each police rung and had been assessed twice or improved
     * by the period's end: one pass over the survivors' care states counts them all.
     */
    private final FigureFamily caredFor = new FigureFamily("survivors cared for", this::countCaredFor);

    /** Follow-ups, and how many of them by phone and in person: one statement grouped by contact mode. */
    private final FigureFamily followUps = new FigureFamily("follow-ups", this::countFollowUps);

    @Override
    protected List<Figure> figures() {
        List<Figure> figures = new java.util.ArrayList<>(List.of(
                Figure.additive(new IndicatorDefinition(VICTIMS_REMOVED, "Victims removed from exploitation", 10),
                        (period, programmes, tally) -> queries.countRemovals(programmes, period.from(), period.to(), tally))
                        .listing((period, programmes, first, max) ->
                                queries.removalRecords(programmes, period.from(), period.to(), first, max)),
                Figure.inFamily(new IndicatorDefinition(SURVIVORS_CARED_FOR, "Survivors cared for", 20), caredFor)
                        .listing((period, programmes, first, max) ->
                                queries.caredForRecords(programmes, period.from(), period.to(), first, max)),
                Figure.additive(new IndicatorDefinition(SURVIVORS_REPATRIATED, "Survivors repatriated", 30),
                        (period, programmes, tally) -> queries.countSurvivorsRepatriated(programmes, period.from(),
                                period.to(), tally))
                        .listing((period, programmes, first, max) ->
                                queries.repatriatedRecords(programmes, period.from(), period.to(), first, max)),
                Figure.counted(new IndicatorDefinition(PREVENTION_REACHED,
                                "Vulnerable people receiving prevention education", 40),
                        (period, programmes, tally) -> queries.countPreventionReached(programmes, period.from(),
                                period.to(), tally))
                        .listing((period, programmes, first, max) ->
                                queries.preventionReachedRecords(programmes, period.from(), period.to(), first, max)),
                followUps(new IndicatorDefinition(FOLLOW_UPS, "Follow-ups provided", 100), null),
                followUps(new IndicatorDefinition(FOLLOW_UPS_PHONE, "Follow-ups by phone", 101, FOLLOW_UPS),
                        ContactMode.PHONE),
                followUps(new IndicatorDefinition(FOLLOW_UPS_IN_PERSON, "Follow-ups in person", 102, FOLLOW_UPS),
                        ContactMode.IN_PERSON),
                policeRungs(new IndicatorDefinition(POLICE_ENGAGED,
                                "Survivors cared for engaging with police (information on record or more)", 110,
                                SURVIVORS_CARED_FOR),
                        PoliceEngagementLevel.INFORMATION_ON_RECORD, PoliceEngagementLevel.SUPPORTS_PROSECUTION),
                policeRungs(new IndicatorDefinition(POLICE_ABE,
                                "Survivors cared for whose highest engagement is an ABE interview", 111, SURVIVORS_CARED_FOR),
                        PoliceEngagementLevel.ABE_INTERVIEW, PoliceEngagementLevel.ABE_INTERVIEW),
                policeRungs(new IndicatorDefinition(POLICE_SUPPORTS_PROSECUTION,
                                "Survivors cared for supporting a prosecution", 112, SURVIVORS_CARED_FOR),
                        PoliceEngagementLevel.SUPPORTS_PROSECUTION, PoliceEngagementLevel.SUPPORTS_PROSECUTION),
                policeRungs(new IndicatorDefinition(POLICE_INFORMATION,
                                "Survivors cared for whose highest engagement is information on record", 113,
                                SURVIVORS_CARED_FOR).asBreakdown(),
                        PoliceEngagementLevel.INFORMATION_ON_RECORD, PoliceEngagementLevel.INFORMATION_ON_RECORD),
                policeRungs(new IndicatorDefinition(POLICE_INTELLIGENCE,
                                "Survivors cared for whose highest engagement is intelligence provided", 114,
                                SURVIVORS_CARED_FOR).asBreakdown(),
                        PoliceEngagementLevel.INTELLIGENCE_PROVIDED, PoliceEngagementLevel.INTELLIGENCE_PROVIDED),
                Figure.inFamily(new IndicatorDefinition(RECOVERY_ASSESSED,
                                "Survivors cared for with two or more recovery assessments", 120), caredFor)
                        .listing((period, programmes, first, max) ->
                                queries.assessedTwiceRecords(programmes, period.from(), period.to(), first, max)),
                Figure.inFamily(new IndicatorDefinition(RECOVERY_IMPROVED,
                                "Survivors whose latest assessment beats their first in a key area", 121, RECOVERY_ASSESSED),
                        caredFor)
                        .listing((period, programmes, first, max) ->
                                queries.improvedRecords(programmes, period.from(), period.to(), first, max)),
                Figure.additive(new IndicatorDefinition(RETRAFFICKED, "Survivors re-trafficked", 200, SURVIVORS_CARED_FOR),
                        (period, programmes, tally) -> queries.countRetrafficked(programmes, period.from(), period.to(),
                                tally))
                        .listing((period, programmes, first, max) ->
                                queries.retraffickedRecords(programmes, period.from(), period.to(), first, max))));
        // Each investigation outcome is a figure of its own, in the outcomes' order from 210: a sum over the
        // investigations open in the period, whose records are the investigations that added to it.
        for (InvestigationOutcome outcome : InvestigationOutcome.values()) {
            figures.add(Figure.counted(new IndicatorDefinition(outcome.indicatorCode(), outcome.indicatorTitle(),
                            210 + outcome.ordinal()),
                    (period, programmes, tally) -> queries.sumInvestigationOutcome(outcome, programmes, period.from(),
                            period.to(), tally))
                    .listing((period, programmes, first, max) ->
                            queries.investigationRecords(outcome, programmes, period.from(), period.to(), first, max))
                    .recordsCountedBy((period, programmes) ->
                            queries.countInvestigationsAddingTo(outcome, programmes, period.from(), period.to())));
        }
        return figures;
    }

    /** Who besides M&amp;E and administrators reads the records behind casework's figures: the caseworkers. */
    @Override
    public Set<Role> recordsReadBy() {
        return Set.of(Role.CASEWORKER);
    }

    /** Follow-ups of one contact mode (or all, for null), counted with the rest of their family. */
    private Figure followUps(IndicatorDefinition definition, ContactMode mode) {
        return Figure.inFamily(definition, followUps).listing((period, programmes, first, max) ->
                queries.followUpRecords(programmes, period.from(), period.to(), mode, first, max));
    }

    /**
     * Survivors cared for whose highest police engagement by the period's end lies between two rungs, both
     * included. The single rungs come from the family's count by rung; "engaging" is every rung above none.
     */
    private Figure policeRungs(IndicatorDefinition definition, PoliceEngagementLevel lowest,
            PoliceEngagementLevel highest) {
        return Figure.inFamily(definition, caredFor).listing((period, programmes, first, max) ->
                queries.policeLevelRecords(programmes, period.from(), period.to(), lowest.rank(), highest.rank(), first,
                        max));
    }

    private Map<String, Map<Long, Long>> countCaredFor(Period period, Collection<Long> programmeIds) {
        Map<String, Map<Long, Long>> figures = new HashMap<>();
        for (CaseworkFigureQueries.CaredFor c : queries.countCaredForFamily(programmeIds, period.from(), period.to())) {
            put(figures, SURVIVORS_CARED_FOR, c.programmeId(), c.survivors());
            put(figures, POLICE_ENGAGED, c.programmeId(), LongStream.of(c.byRung()).skip(1).sum());
            put(figures, POLICE_INFORMATION, c.programmeId(), c.byRung()[PoliceEngagementLevel.INFORMATION_ON_RECORD.rank()]);
            put(figures, POLICE_INTELLIGENCE, c.programmeId(), c.byRung()[PoliceEngagementLevel.INTELLIGENCE_PROVIDED.rank()]);
            put(figures, POLICE_ABE, c.programmeId(), c.byRung()[PoliceEngagementLevel.ABE_INTERVIEW.rank()]);
            put(figures, POLICE_SUPPORTS_PROSECUTION, c.programmeId(),
                    c.byRung()[PoliceEngagementLevel.SUPPORTS_PROSECUTION.rank()]);
            put(figures, RECOVERY_ASSESSED, c.programmeId(), c.assessedTwice());
            put(figures, RECOVERY_IMPROVED, c.programmeId(), c.improved());
        }
        return figures;
    }

    private Map<String, Map<Long, Long>> countFollowUps(Period period, Collection<Long> programmeIds) {
        Map<String, Map<Long, Long>> figures = new HashMap<>();
        queries.countFollowUpsByMode(programmeIds, period.from(), period.to()).forEach((programmeId, byMode) -> {
            put(figures, FOLLOW_UPS, programmeId, byMode.values().stream().mapToLong(Long::longValue).sum());
            put(figures, FOLLOW_UPS_PHONE, programmeId, byMode.getOrDefault(ContactMode.PHONE, 0L));
            put(figures, FOLLOW_UPS_IN_PERSON, programmeId, byMode.getOrDefault(ContactMode.IN_PERSON, 0L));
        });
        return figures;
    }

    private static void put(Map<String, Map<Long, Long>> figures, String code, long programmeId, long value) {
        figures.computeIfAbsent(code, c -> new HashMap<>()).put(programmeId, value);
    }
}
