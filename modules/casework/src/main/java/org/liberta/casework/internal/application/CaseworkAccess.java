package org.liberta.casework.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.casework.api.IdentityGrants;
import org.liberta.casework.api.SurvivorId;
import org.liberta.casework.internal.domain.CaseworkRepository;
import org.liberta.casework.internal.domain.Survivor;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Role;

/**
 * Who may do what with survivors' records. Care records are for the people who give care (navigators, partners
 * for their own programme, administrators); M&E staff read pseudonymised summaries; lawyers, trainers and
 * advocacy staff see no care records at all. A lawyer may see the identity of a survivor their case needs, when
 * another module ({@link IdentityGrants}) says so.
 */
@ApplicationScoped
public class CaseworkAccess {

    static final Role[] CARE_ROLES = {Role.CASEWORKER, Role.PARTNER, Role.ADMIN};
    static final Role[] SUMMARY_ROLES = {Role.CASEWORKER, Role.PARTNER, Role.ADMIN, Role.MEL};

    @Inject
    private Caller caller;

    @Inject
    private CaseworkRepository repository;

    @Inject
    @jakarta.enterprise.inject.Any
    private jakarta.enterprise.inject.Instance<IdentityGrants> grants;

    /** The survivor, if the caller may work on their care; otherwise not found or forbidden. */
    Survivor survivorForCare(long survivorId) {
        caller.requireAnyRole(CARE_ROLES);
        return survivorInScope(survivorId);
    }

    Survivor survivorForSummary(long survivorId) {
        caller.requireAnyRole(SUMMARY_ROLES);
        return survivorInScope(survivorId);
    }

    /**
     * A survivor whose identity a lawyer's case needs: granted by another module (courts), else forbidden as for
     * any non-care role. Out of scope stays not found.
     */
    Survivor survivorForLawyer(long survivorId) {
        Survivor survivor = survivorInScope(survivorId);
        boolean granted = false;
        for (IdentityGrants grant : grants) {
            granted |= grant.grantsIdentity(SurvivorId.of(survivorId));
        }
        if (!granted) {
            caller.requireAnyRole(CARE_ROLES); // refuses, audited
        }
        return survivor;
    }

    private Survivor survivorInScope(long survivorId) {
        Survivor survivor = repository.survivor(survivorId).orElseThrow(() -> new NotFoundException("survivor"));
        caller.requireProgramme(survivor.getProgrammeId());
        return survivor;
    }
}
