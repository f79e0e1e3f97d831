package org.liberta.courts.api;

import java.time.LocalDateTime;

/** Fired (CDI event) when a hearing did not go ahead; {@code nextHearingId} is the setting it moved to. */
public record HearingAdjourned(long hearingId, long caseId, long programmeId, AdjournmentReason reason,
        WitnessRole absentWitness, long nextHearingId, LocalDateTime nextAt) {
}
