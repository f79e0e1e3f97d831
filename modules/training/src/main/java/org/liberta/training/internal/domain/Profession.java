package org.liberta.training.internal.domain;

/** The frontline professions the charity trains; Special Public Prosecutors try trafficking cases in Bangladesh. */
public enum Profession {
    POLICE, PROSECUTOR, SPECIAL_PUBLIC_PROSECUTOR, JUDGE, MAGISTRATE, LAWYER, SOCIAL_WORKER, BORDER_OFFICIAL,
    HEALTH_WORKER, LABOUR_INSPECTOR, NGO_STAFF, OTHER
}
