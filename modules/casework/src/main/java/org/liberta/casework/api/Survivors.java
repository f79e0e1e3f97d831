package org.liberta.casework.api;

import java.util.Optional;

/** What other modules (courts, witness) may ask casework about a survivor, within the caller's scope. */
public interface Survivors {

    /** The survivor's reference and pseudonym, if they exist and are in the caller's programmes. */
    Optional<SurvivorSummary> summary(SurvivorId survivorId);

    /**
     * The survivor's identity (legal name, phone, e-mail, …) for a caller with the right to see it (their carers,
     * or a lawyer whose case has them as victim), with a reason; audited as a REVEAL. Others get 403 or 404.
     */
    java.util.Map<String, String> reveal(SurvivorId survivorId, String reason);
}
