package org.liberta.casework.api;

import java.util.Collection;
import java.util.Set;

/**
 * Survivors whose records must not be anonymised or erased because proceedings still need them. Casework asks
 * every implementation (the courts module holds survivors who are victims or witnesses in an open court case)
 * before retention or erasure touches a record.
 */
public interface LegalHolds {

    /** Of the given survivors, those this module holds, each with nothing else revealed. */
    Set<Long> heldAmong(Collection<Long> survivorIds);
}
