package org.liberta.courts.api;

/** Fired (CDI event) when a witness is added to a case, so their attendance can be planned for hearings to come. */
public record WitnessAdded(WitnessId witnessId, CaseId caseId, long programmeId) {
}
