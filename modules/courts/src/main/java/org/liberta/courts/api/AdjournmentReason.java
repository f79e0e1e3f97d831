package org.liberta.courts.api;

/** Why a hearing did not go ahead (docs/api.md). {@code WITNESS_ABSENT} names the witness's role; {@code OTHER} says why. */
public enum AdjournmentReason {
    WITNESS_ABSENT, PROSECUTOR_ABSENT, DEFENCE_TIME_PETITION, ACCUSED_NOT_PRODUCED, DOCKET_NOT_PRODUCED,
    JUDGE_UNAVAILABLE, COURT_CLOSED, OTHER
}
