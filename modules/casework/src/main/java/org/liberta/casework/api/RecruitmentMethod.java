package org.liberta.casework.api;

/** How the survivor was recruited, in the HTCDS v2.0 picklist. Codes are part of the REST contract: add values, never rename. */
public enum RecruitmentMethod {
    PLACE_OF_BUSINESS, EDUCATIONAL_INSTITUTION, AT_WORK, ONLINE_SOCIAL_NETWORK, ONLINE_ADVERTISEMENT,
    TELEVISION_ADVERT, NEWSPAPER_ADVERT, FAMILY, FRIENDS, OTHER
}
