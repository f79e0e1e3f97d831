package org.liberta.casework.api;

/** The key areas a recovery assessment scores from 1 to 5. Codes are part of the REST contract: add values, never rename. */
public enum RecoveryArea {
    SAFETY, MENTAL_HEALTH, PHYSICAL_HEALTH, HOUSING, FINANCES, LEGAL_STATUS, SOCIAL_CONNECTION, WORK_EDUCATION
}
