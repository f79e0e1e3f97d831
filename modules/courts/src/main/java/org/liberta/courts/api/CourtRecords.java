package org.liberta.courts.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the courts module lets other modules read (the witness programme): hearings and the witnesses a case
 * needs. Reads are for the system's own planning; the calling module checks its caller's role and scope.
 */
public interface CourtRecords {

    Optional<HearingInfo> hearing(HearingId hearingId);

    Map<HearingId, HearingInfo> hearings(Collection<HearingId> hearingIds);

    /** The case's hearings still to come (no outcome yet, today or later), earliest first. */
    List<HearingInfo> upcomingHearings(CaseId caseId);

    /** The case's hearings that reached a result (held or adjourned), earliest first. */
    List<HearingInfo> pastHearings(CaseId caseId);

    List<CaseWitness> witnessesOf(CaseId caseId);

    Optional<CaseWitness> witness(WitnessId witnessId);

    Map<WitnessId, CaseWitness> witnesses(Collection<WitnessId> witnessIds);

    /**
     * Hearings of the programmes between two days (inclusive) that reached a result, per court and month, counted in
     * the database: the witness programme compares adjournments for witness absence before and after it began.
     */
    List<CourtMonth> hearingsByCourtAndMonth(Collection<Long> programmeIds, java.time.LocalDate from,
            java.time.LocalDate to);
}
