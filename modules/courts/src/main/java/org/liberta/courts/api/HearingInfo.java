package org.liberta.courts.api;

import java.time.LocalDateTime;

/** A hearing as other modules see it; {@code outcome} is HELD, ADJOURNED or null while it is still to come. */
public record HearingInfo(long id, long caseId, long programmeId, String caseNumber, String court, String district,
        LocalDateTime scheduledAt, String outcome) {
}
