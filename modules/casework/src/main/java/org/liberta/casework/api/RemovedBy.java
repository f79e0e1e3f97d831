package org.liberta.casework.api;

/** Who removed a person from exploitation. Codes are part of the REST contract: add values, never rename. */
public enum RemovedBy {
    POLICE, NGO, PARTNER, SELF, OTHER
}
