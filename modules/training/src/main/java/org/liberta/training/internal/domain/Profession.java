package org.liberta.training.internal.domain;

/**
 * The frontline professions the charity trains (docs/api.md's {@code profession} codes, plus two of Bangladesh's courts:
 * Special Public Prosecutors try trafficking cases there, before magistrates).
 */
public enum Profession {
    POLICE, PROSECUTOR, SPECIAL_PUBLIC_PROSECUTOR, JUDGE, MAGISTRATE, LAWYER, SOCIAL_WORKER, BORDER_OFFICIAL,
    HEALTH_WORKER, LABOUR_INSPECTOR, NGO_STAFF, GOVERNMENT_OFFICIAL, OTHER
}
