package org.liberta.courts.api;

/** Where an accused is while the case runs. */
public enum Custody {
    IN_CUSTODY, ON_BAIL, AT_LARGE
}
