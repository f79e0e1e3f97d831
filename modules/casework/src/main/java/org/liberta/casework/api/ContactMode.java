package org.liberta.casework.api;

/** How a follow-up contact happened. Codes are part of the REST contract: add values, never rename. */
public enum ContactMode {
    PHONE, IN_PERSON, VIDEO, MESSAGE
}
