package org.liberta.casework.internal.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.casework.api.ContactMode;
import org.liberta.casework.api.InvestigationOutcome;
import org.liberta.casework.api.PoliceEngagementLevel;
import org.liberta.casework.internal.domain.CaseworkRepository;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.TalliedIndicatorProvider;
import org.liberta.platform.api.indicators.Tally;

/** The headline indicators casework owns, counted in the database exactly as docs/domain.md defines them. */
@ApplicationScoped
@Transactional
public class CaseworkIndicators implements TalliedIndicatorProvider {

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
    /** The two lower rungs of the ladder, for the dashboard's police engagement ladder (breakdowns). */
    static final String POLICE_INFORMATION = "POLICE_INFORMATION_ON_RECORD";
    static final String POLICE_INTELLIGENCE = "POLICE_INTELLIGENCE_PROVIDED";
    static final String RECOVERY_ASSESSED = "RECOVERY_ASSESSED";
    static final String RECOVERY_IMPROVED = "RECOVERY_IMPROVED";
    /** Investigation outcome indicators, by the outcome attribute they sum. */

    /** Where on the ladder a survivor's highest police engagement lies, both rungs included. */
    private record Rungs(PoliceEngagementLevel lowest, PoliceEngagementLevel highest) {
    }

    /** The police indicators and the rungs each counts. */
    private static final java.util.Map<String, Rungs> POLICE_RANKS = java.util.Map.of(
            POLICE_ENGAGED, new Rungs(PoliceEngagementLevel.INFORMATION_ON_RECORD,
                    PoliceEngagementLevel.SUPPORTS_PROSECUTION),
            POLICE_INFORMATION, new Rungs(PoliceEngagementLevel.INFORMATION_ON_RECORD,
                    PoliceEngagementLevel.INFORMATION_ON_RECORD),
            POLICE_INTELLIGENCE, new Rungs(PoliceEngagementLevel.INTELLIGENCE_PROVIDED,
                    PoliceEngagementLevel.INTELLIGENCE_PROVIDED),
            POLICE_ABE, new Rungs(PoliceEngagementLevel.ABE_INTERVIEW, PoliceEngagementLevel.ABE_INTERVIEW),
            POLICE_SUPPORTS_PROSECUTION, new Rungs(PoliceEngagementLevel.SUPPORTS_PROSECUTION,
                    PoliceEngagementLevel.SUPPORTS_PROSECUTION));

    @Inject
    private CaseworkRepository repository;

    @Override
    public List<IndicatorDefinition> indicators() {
        List<IndicatorDefinition> definitions = new java.util.ArrayList<>(List.of(
                new IndicatorDefinition(VICTIMS_REMOVED, "Victims removed from exploitation", 10),
                new IndicatorDefinition(SURVIVORS_CARED_FOR, "Survivors cared for", 20),
                new IndicatorDefinition(SURVIVORS_REPATRIATED, "Survivors repatriated", 30),
                new IndicatorDefinition(PREVENTION_REACHED, "Vulnerable people receiving prevention education", 40),
                new IndicatorDefinition(FOLLOW_UPS, "Follow-ups provided", 100),
                new IndicatorDefinition(FOLLOW_UPS_PHONE, "Follow-ups by phone", 101, FOLLOW_UPS),
                new IndicatorDefinition(FOLLOW_UPS_IN_PERSON, "Follow-ups in person", 102, FOLLOW_UPS),
                new IndicatorDefinition(POLICE_ENGAGED, "Survivors cared for engaging with police (information on record or more)",
                        110, SURVIVORS_CARED_FOR),
                new IndicatorDefinition(POLICE_ABE, "Survivors cared for whose highest engagement is an ABE interview",
                        111, SURVIVORS_CARED_FOR),
                new IndicatorDefinition(POLICE_SUPPORTS_PROSECUTION, "Survivors cared for supporting a prosecution",
                        112, SURVIVORS_CARED_FOR),
                new IndicatorDefinition(POLICE_INFORMATION,
                        "Survivors cared for whose highest engagement is information on record", 113, SURVIVORS_CARED_FOR)
                        .asBreakdown(),
                new IndicatorDefinition(POLICE_INTELLIGENCE,
                        "Survivors cared for whose highest engagement is intelligence provided", 114, SURVIVORS_CARED_FOR)
                        .asBreakdown(),
                new IndicatorDefinition(RECOVERY_ASSESSED, "Survivors cared for with two or more recovery assessments", 120),
                new IndicatorDefinition(RECOVERY_IMPROVED, "Survivors whose latest assessment beats their first in a key area",
                        121, RECOVERY_ASSESSED),
                new IndicatorDefinition(RETRAFFICKED, "Survivors re-trafficked", 200, SURVIVORS_CARED_FOR)));
        // Each investigation outcome is an indicator of its own, in the outcomes' order from 210.
        for (InvestigationOutcome outcome : InvestigationOutcome.values()) {
            definitions.add(new IndicatorDefinition(outcome.indicatorCode(), outcome.indicatorTitle(), 210 + outcome.ordinal()));
        }
        return definitions;
    }

    @Override
    public Map<Long, Long> tally(String code, Period period, Collection<Long> programmeIds, Tally tally) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        if (CARED_FOR_FAMILY.contains(code) || FOLLOW_UP_FAMILY.contains(code)) {
            // One statement counts the whole family as cheaply as any one of them: one definition of each. Survivors
            // never change programme and their care carries theirs, so a total is the sum of the programmes'.
            Map<Long, Long> byProgramme = countTogetherByProgramme(java.util.Set.of(code), period, programmeIds).get(code);
            return tally == Tally.BY_PROGRAMME ? byProgramme
                    : Map.of(Tally.ALL, byProgramme.values().stream().mapToLong(Long::longValue).sum());
        }
        return switch (code) {
            case VICTIMS_REMOVED -> repository.countRemovals(programmeIds, from, to, tally);
            case SURVIVORS_REPATRIATED -> repository.countSurvivorsRepatriated(programmeIds, from, to, tally);
            case PREVENTION_REACHED -> repository.countPreventionReached(programmeIds, from, to, tally);
            case RETRAFFICKED -> repository.countRetrafficked(programmeIds, from, to, tally);
            default -> repository.sumInvestigationOutcome(InvestigationOutcome.ofIndicator(code).orElseThrow(
                    () -> InvalidInputException.of("indicator", "unknown indicator " + code)), programmeIds, from, to, tally);
        };
    }

    /**
     * Survivors never change programme and every care event carries its survivor's, so survivors and their events
     * add up across programmes. Prevention participants may sit sessions of two programmes, and an investigation
     * can involve survivors of two: those are counted per column.
     */
    @Override
    public boolean additive(String code) {
        return !code.equals(PREVENTION_REACHED) && InvestigationOutcome.ofIndicator(code).isEmpty();
    }

    /**
     * Survivors cared for and, of them, how many stood on each police rung and had been assessed twice or improved
     * by the period's end: one pass over the survivors in care counts them all.
     */
    private static final java.util.Set<String> CARED_FOR_FAMILY = java.util.Set.of(SURVIVORS_CARED_FOR, POLICE_ENGAGED,
            POLICE_INFORMATION, POLICE_INTELLIGENCE, POLICE_ABE, POLICE_SUPPORTS_PROSECUTION, RECOVERY_ASSESSED,
            RECOVERY_IMPROVED);

    /** Follow-ups, and how many of them by phone and in person: one statement grouped by contact mode. */
    private static final java.util.Set<String> FOLLOW_UP_FAMILY = java.util.Set.of(FOLLOW_UPS, FOLLOW_UPS_PHONE,
            FOLLOW_UPS_IN_PERSON);

    @Override
    public java.util.Set<String> countedWith(String code) {
        return CARED_FOR_FAMILY.contains(code) ? CARED_FOR_FAMILY
                : FOLLOW_UP_FAMILY.contains(code) ? FOLLOW_UP_FAMILY : java.util.Set.of(code);
    }

    @Override
    public Map<String, Map<Long, Long>> countTogetherByProgramme(java.util.Set<String> codes, Period period,
            Collection<Long> programmeIds) {
        Map<String, Map<Long, Long>> figures = new java.util.HashMap<>();
        codes.forEach(code -> figures.put(code, new java.util.HashMap<>()));
        if (FOLLOW_UP_FAMILY.containsAll(codes)) {
            repository.countFollowUpsByMode(programmeIds, period.from(), period.to()).forEach((programmeId, byMode) -> {
                put(figures, FOLLOW_UPS, programmeId, byMode.values().stream().mapToLong(Long::longValue).sum());
                put(figures, FOLLOW_UPS_PHONE, programmeId, byMode.getOrDefault(ContactMode.PHONE, 0L));
                put(figures, FOLLOW_UPS_IN_PERSON, programmeId, byMode.getOrDefault(ContactMode.IN_PERSON, 0L));
            });
            return figures;
        }
        if (!CARED_FOR_FAMILY.containsAll(codes)) {
            return TalliedIndicatorProvider.super.countTogetherByProgramme(codes, period, programmeIds);
        }
        for (CaseworkRepository.CaredFor c : repository.countCaredForFamily(programmeIds, period.from(), period.to())) {
            put(figures, SURVIVORS_CARED_FOR, c.programmeId(), c.survivors());
            put(figures, POLICE_ENGAGED, c.programmeId(), java.util.stream.LongStream.of(c.byRung()).skip(1).sum());
            POLICE_RANKS.forEach((code, rungs) -> {
                if (rungs.lowest() == rungs.highest()) {
                    put(figures, code, c.programmeId(), c.byRung()[rungs.lowest().rank()]);
                }
            });
            put(figures, RECOVERY_ASSESSED, c.programmeId(), c.assessedTwice());
            put(figures, RECOVERY_IMPROVED, c.programmeId(), c.improved());
        }
        return figures;
    }

    private static void put(Map<String, Map<Long, Long>> figures, String code, long programmeId, long value) {
        Map<Long, Long> byProgramme = figures.get(code);
        if (byProgramme != null) {
            byProgramme.put(programmeId, value);
        }
    }

    @Override
    public java.util.Set<Role> recordsReadBy() {
        return java.util.Set.of(Role.CASEWORKER);
    }

    @Override
    public boolean listsRecords(String code) {
        return List.of(VICTIMS_REMOVED, SURVIVORS_CARED_FOR, SURVIVORS_REPATRIATED, PREVENTION_REACHED, RETRAFFICKED,
                FOLLOW_UPS, FOLLOW_UPS_PHONE, FOLLOW_UPS_IN_PERSON, RECOVERY_ASSESSED, RECOVERY_IMPROVED).contains(code)
                || POLICE_RANKS.containsKey(code) || InvestigationOutcome.ofIndicator(code).isPresent();
    }

    /** An investigation outcome sums over investigations: its records are the investigations that added to it. */
    @Override
    public long countRecords(String code, Period period, Collection<Long> programmeIds) {
        java.util.Optional<InvestigationOutcome> outcome = InvestigationOutcome.ofIndicator(code);
        return outcome.isEmpty() || programmeIds.isEmpty()
                ? TalliedIndicatorProvider.super.countRecords(code, period, programmeIds)
                : repository.countInvestigationsAddingTo(outcome.get(), programmeIds, period.from(), period.to());
    }

    @Override
    public List<IndicatorRecord> records(String code, Period period, Collection<Long> programmeIds, int first, int max) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        LocalDate from = period.from();
        LocalDate to = period.to();
        Rungs rungs = POLICE_RANKS.get(code);
        if (rungs != null) {
            return repository.policeLevelRecords(programmeIds, from, to, rungs.lowest().rank(), rungs.highest().rank(), first, max);
        }
        return switch (code) {
            case VICTIMS_REMOVED -> repository.removalRecords(programmeIds, from, to, first, max);
            case SURVIVORS_CARED_FOR -> repository.caredForRecords(programmeIds, from, to, first, max);
            case SURVIVORS_REPATRIATED -> repository.repatriatedRecords(programmeIds, from, to, first, max);
            case PREVENTION_REACHED -> repository.preventionReachedRecords(programmeIds, from, to, first, max);
            case RETRAFFICKED -> repository.retraffickedRecords(programmeIds, from, to, first, max);
            case FOLLOW_UPS -> repository.followUpRecords(programmeIds, from, to, null, first, max);
            case FOLLOW_UPS_PHONE -> repository.followUpRecords(programmeIds, from, to, ContactMode.PHONE, first, max);
            case FOLLOW_UPS_IN_PERSON -> repository.followUpRecords(programmeIds, from, to, ContactMode.IN_PERSON, first,
                    max);
            case RECOVERY_ASSESSED -> repository.assessedTwiceRecords(programmeIds, from, to, first, max);
            case RECOVERY_IMPROVED -> repository.improvedRecords(programmeIds, from, to, first, max);
            default -> InvestigationOutcome.ofIndicator(code)
                    .map(outcome -> repository.investigationRecords(outcome, programmeIds, from, to, first, max))
                    .orElse(List.of());
        };
    }
}
