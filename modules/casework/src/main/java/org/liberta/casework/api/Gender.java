package org.liberta.casework.api;

/** Gender identity, in the HTCDS v2.0 picklist. Codes are part of the REST contract: add values, never rename. */
public enum Gender {
    FEMININE, MASCULINE, TRANSGENDER_FEMININE, TRANSGENDER_MASCULINE, NON_CONFORMING, NOT_SPECIFIED
}
