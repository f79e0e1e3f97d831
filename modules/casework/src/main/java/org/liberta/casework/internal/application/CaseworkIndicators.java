package org.liberta.casework.internal.application;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.casework.api.ContactMode;
import org.liberta.casework.api.PoliceEngagementLevel;
import org.liberta.casework.internal.domain.CaseworkRepository;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorProvider;
import org.liberta.platform.api.indicators.IndicatorRecord;

/** The headline indicators casework owns, counted in the database exactly as DOMAIN.md defines them. */
@ApplicationScoped
@Transactional
public class CaseworkIndicators implements IndicatorProvider {

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
    static final String RECOVERY_ASSESSED = "RECOVERY_ASSESSED";
    static final String RECOVERY_IMPROVED = "RECOVERY_IMPROVED";
    /** Investigation outcome indicators, by the outcome attribute they sum. */
    static final java.util.Map<String, String> INVESTIGATION_OUTCOMES = new java.util.LinkedHashMap<>();

    static {
        INVESTIGATION_OUTCOMES.put("INVESTIGATION_FURTHER_VICTIMS", "furtherVictims");
        INVESTIGATION_OUTCOMES.put("INVESTIGATION_SUSPECTS", "suspects");
        INVESTIGATION_OUTCOMES.put("INVESTIGATION_ARRESTS", "arrests");
        INVESTIGATION_OUTCOMES.put("INVESTIGATION_LINES_OF_ENQUIRY", "linesOfEnquiry");
        INVESTIGATION_OUTCOMES.put("INVESTIGATION_CHARGES", "charges");
        INVESTIGATION_OUTCOMES.put("INVESTIGATION_LOCATIONS_IDENTIFIED", "locationsIdentified");
        INVESTIGATION_OUTCOMES.put("INVESTIGATION_LOCATIONS_CHECKED", "locationsChecked");
    }

    @Inject
    private CaseworkRepository repository;

    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of(new IndicatorDefinition(VICTIMS_REMOVED, "Victims removed from exploitation", 10),
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
                new IndicatorDefinition(RECOVERY_ASSESSED, "Survivors cared for with two or more recovery assessments", 120),
                new IndicatorDefinition(RECOVERY_IMPROVED, "Survivors whose latest assessment beats their first in a key area",
                        121, RECOVERY_ASSESSED),
                new IndicatorDefinition(RETRAFFICKED, "Survivors re-trafficked", 200, SURVIVORS_CARED_FOR),
                new IndicatorDefinition("INVESTIGATION_FURTHER_VICTIMS", "Investigations: further victims identified", 210),
                new IndicatorDefinition("INVESTIGATION_SUSPECTS", "Investigations: suspects identified", 211),
                new IndicatorDefinition("INVESTIGATION_ARRESTS", "Investigations: arrests", 212),
                new IndicatorDefinition("INVESTIGATION_LINES_OF_ENQUIRY", "Investigations: new lines of enquiry", 213),
                new IndicatorDefinition("INVESTIGATION_CHARGES", "Investigations: charges", 214),
                new IndicatorDefinition("INVESTIGATION_LOCATIONS_IDENTIFIED", "Investigations: locations identified", 215),
                new IndicatorDefinition("INVESTIGATION_LOCATIONS_CHECKED", "Investigations: locations checked", 216));
    }

    private long policeLevels(Collection<Long> programmeIds, Period period, PoliceEngagementLevel lowest,
            PoliceEngagementLevel highest) {
        return repository.countCaredForByPoliceLevel(programmeIds, period.from(), period.to(), lowest.rank(), highest.rank());
    }

    @Override
    public long count(String code, Period period, Collection<Long> programmeIds) {
        if (programmeIds.isEmpty()) {
            return 0;
        }
        return switch (code) {
            case VICTIMS_REMOVED -> repository.countRemovals(programmeIds, period.from(), period.to());
            case SURVIVORS_CARED_FOR -> repository.countSurvivorsInCare(programmeIds, period.from(), period.to());
            case SURVIVORS_REPATRIATED -> repository.countSurvivorsRepatriated(programmeIds, period.from(), period.to());
            case PREVENTION_REACHED -> repository.countPreventionReached(programmeIds, period.from(), period.to());
            case RETRAFFICKED -> repository.countRetrafficked(programmeIds, period.from(), period.to());
            case FOLLOW_UPS -> repository.countFollowUps(programmeIds, period.from(), period.to(), null);
            case FOLLOW_UPS_PHONE -> repository.countFollowUps(programmeIds, period.from(), period.to(), ContactMode.PHONE);
            case FOLLOW_UPS_IN_PERSON -> repository.countFollowUps(programmeIds, period.from(), period.to(),
                    ContactMode.IN_PERSON);
            case POLICE_ENGAGED -> policeLevels(programmeIds, period, PoliceEngagementLevel.INFORMATION_ON_RECORD,
                    PoliceEngagementLevel.SUPPORTS_PROSECUTION);
            case POLICE_ABE -> policeLevels(programmeIds, period, PoliceEngagementLevel.ABE_INTERVIEW,
                    PoliceEngagementLevel.ABE_INTERVIEW);
            case POLICE_SUPPORTS_PROSECUTION -> policeLevels(programmeIds, period,
                    PoliceEngagementLevel.SUPPORTS_PROSECUTION, PoliceEngagementLevel.SUPPORTS_PROSECUTION);
            case RECOVERY_ASSESSED -> repository.countAssessedTwice(programmeIds, period.from(), period.to());
            case RECOVERY_IMPROVED -> repository.countRecoveryImproved(programmeIds, period.from(), period.to());
            default -> {
                String outcome = INVESTIGATION_OUTCOMES.get(code);
                if (outcome == null) {
                    throw InvalidInputException.of("indicator", "unknown indicator " + code);
                }
                yield repository.sumInvestigationOutcome(outcome, programmeIds, period.from(), period.to());
            }
        };
    }

    @Override
    public boolean listsRecords(String code) {
        return List.of(VICTIMS_REMOVED, SURVIVORS_CARED_FOR, SURVIVORS_REPATRIATED).contains(code);
    }

    @Override
    public List<IndicatorRecord> records(String code, Period period, Collection<Long> programmeIds, int first, int max) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        return switch (code) {
            case VICTIMS_REMOVED -> repository.removalRecords(programmeIds, period.from(), period.to(), first, max);
            case SURVIVORS_CARED_FOR -> repository.caredForRecords(programmeIds, period.from(), period.to(), first, max);
            case SURVIVORS_REPATRIATED -> repository.repatriatedRecords(programmeIds, period.from(), period.to(), first,
                    max);
            default -> List.of();
        };
    }
}
