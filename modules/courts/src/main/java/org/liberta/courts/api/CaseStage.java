package org.liberta.courts.api;

/**
 * The stages of a prosecution, each on its track and in its order. Codes are part of the REST contract: add
 * values, never rename.
 */
public enum CaseStage {
    FIR(Track.SOUTH_ASIA, 1),
    INVESTIGATION(Track.SOUTH_ASIA, 2),
    CHARGE_SHEET(Track.SOUTH_ASIA, 3),
    CHARGE_FRAMING(Track.SOUTH_ASIA, 4),
    PROSECUTION_WITNESSES(Track.SOUTH_ASIA, 5),
    DEFENCE(Track.SOUTH_ASIA, 6),
    ARGUMENTS(Track.SOUTH_ASIA, 7),
    JUDGMENT(Track.SOUTH_ASIA, 8),
    APPEAL(Track.SOUTH_ASIA, 9),
    POLICE_REFERRAL(Track.UK, 1),
    CPS_CHARGING_DECISION(Track.UK, 2),
    FIRST_HEARING(Track.UK, 3),
    PLEA_AND_TRIAL_PREPARATION(Track.UK, 4),
    TRIAL(Track.UK, 5),
    SENTENCING(Track.UK, 6),
    UK_APPEAL(Track.UK, 7);

    private final Track track;
    private final int step;

    CaseStage(Track track, int step) {
        this.track = track;
        this.step = step;
    }

    public Track track() {
        return track;
    }

    public int step() {
        return step;
    }

    /** Where a new case starts on its track. */
    public static CaseStage first(Track track) {
        return track == Track.UK ? POLICE_REFERRAL : FIR;
    }

    /**
     * Whether the trial has begun at this stage: from charge framing in Bangladesh and India, the trial itself in
     * the UK. Statutory time limits run from the first such stage.
     */
    public boolean isTrial() {
        return switch (this) {
            case CHARGE_FRAMING, PROSECUTION_WITNESSES, DEFENCE, ARGUMENTS, JUDGMENT, TRIAL, SENTENCING -> true;
            default -> false;
        };
    }

    public boolean isAppeal() {
        return this == APPEAL || this == UK_APPEAL;
    }
}
