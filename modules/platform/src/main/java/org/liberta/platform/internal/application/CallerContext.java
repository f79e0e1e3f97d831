package org.liberta.platform.internal.application;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.liberta.platform.api.AccessDeniedException;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;

/**
 * The caller of the current request, as the authentication mechanism left it in a request attribute; or the
 * system itself while {@link #runAsSystem} runs (start-up work such as migrations and demo data).
 */
@RequestScoped
public class CallerContext implements Caller {

    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);
    private static final String SYSTEM_NAME = "system";

    @Inject
    private HttpServletRequest request;

    @Inject
    private AuditLog audit;

    @Inject
    private ProgrammeIdsCache allProgrammes;

    /** Runs server-side work with every role and every programme; never reachable from a request. */
    public static <T> T runAsSystem(Supplier<T> work) {
        boolean outer = SYSTEM.get();
        SYSTEM.set(true);
        try {
            return work.get();
        } finally {
            SYSTEM.set(outer);
        }
    }

    private AuthenticatedUser user() {
        if (SYSTEM.get()) {
            return null;
        }
        try {
            return (AuthenticatedUser) request.getAttribute(AuthenticatedUser.REQUEST_ATTRIBUTE);
        } catch (RuntimeException noRequest) {
            return null;
        }
    }

    @Override
    public boolean isAuthenticated() {
        return SYSTEM.get() || user() != null;
    }

    @Override
    public String username() {
        AuthenticatedUser u = user();
        return u != null ? u.username() : SYSTEM.get() ? SYSTEM_NAME : "anonymous";
    }

    @Override
    public Set<Role> roles() {
        if (SYSTEM.get()) {
            return EnumSet.allOf(Role.class);
        }
        AuthenticatedUser u = user();
        return u == null ? Set.of() : u.roles();
    }

    @Override
    public String address() {
        AuthenticatedUser u = user();
        return u == null ? null : u.address();
    }

    @Override
    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    @Override
    public boolean hasAnyRole(Role... wanted) {
        Set<Role> mine = roles();
        return Arrays.stream(wanted).anyMatch(mine::contains);
    }

    @Override
    public Set<Long> programmeIds() {
        if (SYSTEM.get() || roles().stream().anyMatch(Role::seesAllProgrammes)) {
            return allProgrammes.ids();
        }
        AuthenticatedUser u = user();
        return u == null ? Set.of() : u.programmeIds();
    }

    @Override
    public boolean canSeeProgramme(long programmeId) {
        return programmeIds().contains(programmeId);
    }

    @Override
    public void requireAnyRole(Role... wanted) {
        if (!hasAnyRole(wanted)) {
            audit.recordIndependently(AuditActions.DENIED, "role", null, "needs one of " + Arrays.toString(wanted));
            throw new AccessDeniedException("Your role does not allow this");
        }
    }

    @Override
    public void requireProgramme(long programmeId) {
        if (!canSeeProgramme(programmeId)) {
            audit.recordIndependently(AuditActions.DENIED, "programme", programmeId, "outside caller's scope");
            throw new NotFoundException("record");
        }
    }
}
