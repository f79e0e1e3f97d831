package org.liberta.courts.api;

/** The verdict on one accused (docs/api.md); an acquittal carries its reason. */
public enum VerdictOutcome {
    CONVICTED, ACQUITTED, DISCHARGED, WITHDRAWN
}
