package org.liberta.courts.api;

/** What a hearing is for (docs/api.md). */
public enum HearingPurpose {
    MENTION, BAIL, CHARGE_FRAMING, WITNESS_EXAMINATION, DEFENCE, ARGUMENTS, JUDGMENT, SENTENCING, TRIAL, OTHER
}
