package org.liberta.casework.api;

/** A survivor as other modules may see them: never an identity, only the reference and pseudonym. */
public record SurvivorSummary(SurvivorId id, String reference, String pseudonym, long programmeId) {
}
