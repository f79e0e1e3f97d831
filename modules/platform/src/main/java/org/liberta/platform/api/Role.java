package org.liberta.platform.api;

/** The roles of docs/api.md; a user may hold several. Names are part of the REST contract. */
public enum Role {
    ADMIN, CASEWORKER, LAWYER, TRAINER, ADVOCACY, MEL, PARTNER;

    /** Roles that see every programme without being assigned to it. */
    public boolean seesAllProgrammes() {
        return this == ADMIN || this == MEL;
    }
}
