package org.liberta.courts.api;

import java.time.LocalDate;

/**
 * Fired (CDI event, inside the courts' transaction) when an accused leaves custody: bailed, released or absconded
 * (issue 35). The witness team's plans for the case's witnesses react: each is at risk until someone checks on them.
 */
public record CustodyChanged(CaseId caseId, long programmeId, long accusedId, Custody from, Custody to, LocalDate on) {

    /** Whether the accused is now free to reach the witnesses: out of custody, on bail or at large. */
    public boolean leftCustody() {
        return from == Custody.IN_CUSTODY && to != Custody.IN_CUSTODY;
    }
}
