package org.liberta.casework.api;

import java.util.Optional;

/** What other modules (courts, witness) may ask casework about a survivor, within the caller's scope. */
public interface Survivors {

    /** The survivor's reference and pseudonym, if they exist and are in the caller's programmes. */
    Optional<SurvivorSummary> summary(long survivorId);
}
