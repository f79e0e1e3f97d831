package org.liberta.courts.api;

/** What a witness needs to get to court and give evidence (docs/api.md {@code needs}). */
public enum WitnessNeed {
    TRANSPORT, ESCORT, LODGING, ALLOWANCE, CHILDCARE, INTERPRETER, PROTECTION
}
