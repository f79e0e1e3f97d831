package org.liberta.courts.api;

import java.io.Serializable;
import java.util.Set;

import org.liberta.casework.api.SurvivorId;

/**
 * A witness the prosecution needs, as other modules see them: a survivor (by casework id, shown by pseudonym) or
 * another person shown by a label such as "Police witness 2"; names and contact details stay in the vault.
 * {@code escortGender}: the gender of escort the witness asked for, or null. The ids are typed for the modules that
 * read it and numbers on the wire.
 */
public record CaseWitness(WitnessId id, CaseId caseId, long programmeId, WitnessRole role, SurvivorId survivorId, String label,
        Set<WitnessNeed> needs, boolean reachableByPhone, boolean reachableByEmail,
        org.liberta.casework.api.Gender escortGender) implements Serializable {
}
