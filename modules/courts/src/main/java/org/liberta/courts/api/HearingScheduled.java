package org.liberta.courts.api;

import java.time.LocalDateTime;

/** Fired (CDI event) when a hearing is put in the diary, so the witness programme can plan attendance. */
public record HearingScheduled(HearingId hearingId, CaseId caseId, long programmeId, LocalDateTime scheduledAt) {
}
