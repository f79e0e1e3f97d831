package org.liberta.witness.internal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How each witness may be contacted, and the intimidation concerns raised about them. Saved through {@link WitnessRepository#save}. */
public interface WitnessSafetyRepository {

    Optional<ContactRule> contactRule(long witnessId);

    List<ContactRule> contactRules(Collection<Long> witnessIds);

    Optional<Concern> concern(long id);

    List<Concern> concernsOf(long witnessId);

    /** Of the witnesses, those with an intimidation concern open. */
    Set<Long> withOpenConcern(Collection<Long> witnessIds);
}
