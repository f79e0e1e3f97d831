package org.liberta.casework.api;

/**
 * What a survivor may consent to, each separately: receiving services, sharing with police, sharing with a named
 * partner, anonymous statistics, a case study or media story. Exports and shares check the purpose.
 */
public enum ConsentPurpose {
    SERVICES, SHARE_WITH_POLICE, SHARE_WITH_PARTNER, ANONYMOUS_STATISTICS, CASE_STUDY_OR_MEDIA
}
