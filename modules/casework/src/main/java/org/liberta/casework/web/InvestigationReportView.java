package org.liberta.casework.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.casework.api.InvestigationOutcome;
import org.liberta.casework.internal.application.InvestigationService;

/**
 * Links the survivor to a police investigation (opened on the events date) and records its outcomes so far; the
 * same police reference reported again, from any programme, updates the one investigation.
 */
@Named
@ViewScoped
public class InvestigationReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SurvivorFileView file;

    @Inject
    private CareEventsView events;

    @Inject
    private InvestigationService investigations;

    private String policeReference;
    private LocalDate investigationClosedOn;
    /** Outcome counts keyed by {@link InvestigationOutcome#field()} (the form's message keys), all zero to start. */
    private final Map<String, Integer> investigationOutcomes = new LinkedHashMap<>();

    {
        getOutcomeKinds().forEach(k -> investigationOutcomes.put(k, 0));
    }

    public void reportInvestigation() {
        var survivor = file.getSurvivor();
        Map<InvestigationOutcome, Integer> found = byOutcome(investigationOutcomes);
        LocalDate openedOn = events.getEventDate();
        file.record(() -> investigations.report(new InvestigationService.InvestigationRecord(survivor.programme(),
                policeReference, Set.of(survivor.id()), openedOn, investigationClosedOn,
                InvestigationService.OutcomesRecord.of(found))));
    }

    /** The form's counts keyed by outcome (a spinner left empty counts as nothing found). */
    private static Map<InvestigationOutcome, Integer> byOutcome(Map<String, Integer> byField) {
        Map<InvestigationOutcome, Integer> found = new EnumMap<>(InvestigationOutcome.class);
        for (InvestigationOutcome outcome : InvestigationOutcome.values()) {
            found.put(outcome, byField.get(outcome.field()));
        }
        return found;
    }

    public List<String> getOutcomeKinds() {
        return Arrays.stream(InvestigationOutcome.values()).map(InvestigationOutcome::field).toList();
    }

    public Map<String, Integer> getInvestigationOutcomes() {
        return investigationOutcomes;
    }

    public String getPoliceReference() {
        return policeReference;
    }

    public void setPoliceReference(String policeReference) {
        this.policeReference = policeReference;
    }

    public LocalDate getInvestigationClosedOn() {
        return investigationClosedOn;
    }

    public void setInvestigationClosedOn(LocalDate investigationClosedOn) {
        this.investigationClosedOn = investigationClosedOn;
    }
}
