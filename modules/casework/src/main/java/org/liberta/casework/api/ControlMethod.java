package org.liberta.casework.api;

/**
 * How the exploiters controlled the survivor, in the HTCDS v2.0 vocabulary (the template's picklist plus the
 * standard's "restricts movement" and "uses children"). Codes are part of the REST contract: add values, never rename.
 */
public enum ControlMethod {
    PHYSICAL_THREATS, THREAT_OF_LAW_ENFORCEMENT, THREATENS_FAMILY, DEBT_BONDAGE, FALSE_PROMISES, PHYSICAL_ABUSE,
    SEXUAL_ABUSE, TAKES_EARNINGS, RESTRICTS_FINANCIAL_ACCESS, RESTRICTS_MEDICAL_CARE, WITHHOLDS_NECESSITIES,
    PSYCHOLOGICAL_ABUSE, PSYCHOACTIVE_SUBSTANCES, EXCESSIVE_WORKING_HOURS, WITHHOLDS_DOCUMENTS, RESTRICTS_MOVEMENT,
    USES_CHILDREN, OTHER
}
