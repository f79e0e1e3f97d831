package org.liberta.casework.api;

/**
 * The police-engagement ladder, lowest first. The order matters: indicators ask for a survivor's highest rung
 * ("at least information on record"), so each level carries its rank.
 */
public enum PoliceEngagementLevel {
    NONE, INFORMATION_ON_RECORD, INTELLIGENCE_PROVIDED, ABE_INTERVIEW, SUPPORTS_PROSECUTION;

    public int rank() {
        return ordinal();
    }
}
