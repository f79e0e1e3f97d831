package org.liberta.courts.api;

/** The Crown Prosecution Service's decision on a UK referral; anything but a charge needs its reason. */
public enum ChargingDecision {
    CHARGE, NO_FURTHER_ACTION, ADVICE
}
