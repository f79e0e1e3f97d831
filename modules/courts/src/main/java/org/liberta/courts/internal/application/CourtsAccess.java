package org.liberta.courts.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.courts.internal.domain.CourtCase;
import org.liberta.courts.internal.domain.CourtsRepository;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Role;

/**
 * Who may do what with court records: lawyers (and partners running prosecutions, and administrators) record
 * them; M&E staff read them for the backlog figures. Everyone only within their programmes: a case elsewhere is
 * "not found".
 */
@ApplicationScoped
public class CourtsAccess {

    static final Role[] WRITE_ROLES = {Role.LAWYER, Role.PARTNER, Role.ADMIN};
    static final Role[] READ_ROLES = {Role.LAWYER, Role.PARTNER, Role.ADMIN, Role.MEL};

    @Inject
    private Caller caller;

    @Inject
    private CourtsRepository repository;

    CourtCase caseForWork(long caseId) {
        caller.requireAnyRole(WRITE_ROLES);
        return caseInScope(caseId);
    }

    CourtCase caseForReading(long caseId) {
        caller.requireAnyRole(READ_ROLES);
        return caseInScope(caseId);
    }

    private CourtCase caseInScope(long caseId) {
        CourtCase courtCase = repository.courtCase(caseId).orElseThrow(() -> new NotFoundException("court case"));
        caller.requireProgramme(courtCase.getProgrammeId());
        return courtCase;
    }
}
