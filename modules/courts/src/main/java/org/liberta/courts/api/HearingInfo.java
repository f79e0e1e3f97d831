package org.liberta.courts.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A hearing as other modules see it. {@code scheduledAt} is the court's wall-clock time with its offset
 * ({@code toLocalDateTime()} is the time on the cause list); {@code outcome} is HELD, ADJOURNED or null while the
 * hearing is still to come.
 */
public record HearingInfo(HearingId id, CaseId caseId, long programmeId, String caseNumber, String court, String district,
        OffsetDateTime scheduledAt, String outcome) implements Serializable {
}
