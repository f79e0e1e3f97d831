package org.liberta.courts.internal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Finding a case's witnesses, and the survivors who are victims in pending cases (which keeps their records from being
 * erased while a prosecution needs them). Saved through {@link CourtsRepository#save}.
 */
public interface CaseWitnessRepository {

    List<Witness> witnessesOf(long caseId);

    List<Witness> witnessesByIds(Collection<Long> ids);

    long countWitnesses(long caseId, org.liberta.courts.api.WitnessRole role);

    /** Of the survivors, those who are victims in a pending case. */
    Set<Long> victimsInPendingCases(Collection<Long> survivorIds);

    /** Whether the survivor is a victim in a case of one of the programmes. */
    boolean isVictimInProgrammes(long survivorId, Collection<Long> programmeIds);
}
