package org.liberta.casework.internal.application;

import java.util.List;

/**
 * The columns of the HTCDS v2.0 template's "Case Sheet", in the template's order: row 1 (hidden) holds the field
 * standard's API names, row 2 the labels people read. Liberta finds a column by its API name (the template's
 * labels under "Mailing …" are shifted against the names, and tools that fill the sheet go by the names), by its
 * label only where the name is missing (column AJ has none), and writes both rows consistently.
 */
enum HtcdsColumn {
    CASE_OWNER("Case Owner", "cas_CaseOwner"),
    SALUTATION("Salutation", "prs_Salutation"),
    FIRST_NAME("First Name", "prs_FirstName"),
    SECOND_NAME("Second Name", "prs_SecondName"),
    CONSENT("Consent", "con_Consent"),
    BIRTHDATE("Birthdate", "prs_Birthdate"),
    GENDER("Gender", "prs_Gender"),
    CITIZENSHIP("Citizenship", "prs_Citizenship"),
    TITLE("Title", "prs_Title"),
    EMAIL("Email", "prs_Email"),
    HOME_PHONE("Home Phone", "prs_HomePhone"),
    MOBILE_PHONE("Mobile Phone", "prs_MobilePhone"),
    MAILING_STREET("Mailing Street", "prs_MailingStreet"),
    MAILING_CITY("Mailing City", "prs_MailingCity"),
    MAILING_STATE("Mailing State/Province", "prs_MailingState"),
    MAILING_POSTAL_CODE("Mailing Zip/Postal Code", "prs_MailingPostalCode"),
    MAILING_COUNTRY("Mailing Country", "prs_MailingCountry"),
    TRAFFICKING_STATUS("Trafficking Status", "vic_TraffickingStatus"),
    TRAFFICKING_STATUS_ORG("Trafficking Status Decision Making Organization", "vic_TraffickinStatusDecisionMakingOrg"),
    RECRUITMENT("Method of Recruitment", "vic_MethodOfRecruitment"),
    RECRUITMENT_LOCATION("Location of Recruitment", "vic_LocationOfRecruitment"),
    CONTROL("Methods of Control", "vic_MethodsOfControl"),
    EXPLOITATION("Type of Exploitation", "vic_TypeOfExploitation"),
    FORCED_LABOUR_INDUSTRY("Forced Labour Industry", "vic_ForcedLabourIndustry"),
    SEX_EXPLOITATION("Type of Sex Exploitation", "vic_TypeOfSexExploitation"),
    EXPLOITATION_LOCATION("Location of Exploitation", "vic_LocationOfExploitation"),
    STATUS("Status", "cas_Status"),
    REFERRING_ORGANISATION("Referring Organisation", "cas_ReferringOrganisation"),
    INCOMING_REFERRAL_DATE("Incoming Referral Date", "cas_IncomingReferralDate"),
    REFERRING_CASE_WORKER("Referring Primary Case Worker", "cas_ReferringPrimaryCaseWorker"),
    INCOMING_REFERRAL_REASON("Reason for Incoming Referral", "cas_ReasonForIncomingReferral"),
    INCOMING_REFERRAL_DETAILS("Incoming Referral Details", "cas_IncomingReferralDetails"),
    REFERRED_ORGANISATION("Referred Organisation", "cas_ReferredOrganisation"),
    REFERRED_CASE_WORKER("Referred Primary Case Worker", "cas_ReferredPrimaryCaseWorker"),
    OUTGOING_REFERRAL_REASON("Reason for Outgoing Referral", "cas_ReasonForOutgoingReferral"),
    OUTGOING_REFERRAL_DATE("Outgoing Referral Date", "cas_OutgoingReferralDate"),
    OUTGOING_REFERRAL_DETAILS("Outgoing Referral Details", "cas_OutgoingReferralDetails"),
    CLOSURE_REASON("Reason for Case Closure", "cas_ReasonForCaseClosure");

    /** The template's sheet with one case per row; row 3 is the first case. */
    static final String SHEET = "Case Sheet";
    static final int FIRST_DATA_ROW = 2;

    /** Columns that identify a person: written only for roles that may see identities. */
    static final List<HtcdsColumn> IDENTITY = List.of(FIRST_NAME, SECOND_NAME, BIRTHDATE, EMAIL, HOME_PHONE,
            MOBILE_PHONE, MAILING_STREET, MAILING_CITY, MAILING_STATE, MAILING_POSTAL_CODE, MAILING_COUNTRY);

    final String label;
    final String apiName;

    HtcdsColumn(String label, String apiName) {
        this.label = label;
        this.apiName = apiName;
    }

    /** Spreadsheet column B onwards: the template keeps column A for a row number. */
    int index() {
        return ordinal() + 1;
    }
}
