package org.liberta.courts.api;

import java.time.LocalDateTime;

/** Fired (CDI event) when a hearing did not go ahead; {@code nextHearingId} is the setting it moved to. */
public record HearingAdjourned(HearingId hearingId, CaseId caseId, long programmeId, AdjournmentReason reason,
        WitnessRole absentWitness, HearingId nextHearingId, LocalDateTime nextAt) {
}
