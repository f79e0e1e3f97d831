package org.liberta.courts.internal.application;

import java.util.Collection;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.casework.api.IdentityGrants;
import org.liberta.casework.api.LegalHolds;
import org.liberta.casework.api.SurvivorId;
import org.liberta.courts.internal.domain.CaseWitnessRepository;
import org.liberta.courts.internal.domain.CourtsRepository;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Role;

/**
 * What the courts tell casework about survivors: a victim in a pending case is on legal hold (retention and
 * erasure must wait: the prosecution needs them), and a lawyer may see the identity of a survivor who is a victim
 * in a case of the lawyer's programmes (to reach a witness), never of anyone else.
 */
@ApplicationScoped
@Transactional
public class CourtsSurvivorPolicies implements LegalHolds, IdentityGrants {

    @Inject
    private CourtsRepository repository;

    @Inject
    private CaseWitnessRepository witnesses;

    @Inject
    private Caller caller;

    @Override
    public Set<Long> heldAmong(Collection<Long> survivorIds) {
        return survivorIds.isEmpty() ? Set.of() : witnesses.victimsInPendingCases(survivorIds);
    }

    @Override
    public boolean grantsIdentity(SurvivorId survivorId) {
        return caller.hasRole(Role.LAWYER) && witnesses.isVictimInProgrammes(survivorId.value(), caller.programmeIds());
    }
}
