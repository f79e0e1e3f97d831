package org.liberta.platform.api;

import java.util.Set;

/**
 * Who is asking, with which roles and over which programmes. Every service method starts by asking the
 * caller: {@link #requireAnyRole} for what they may do, {@link #requireProgramme} for where. A record in a
 * programme outside the caller's scope is reported as not found, never as forbidden, so its existence
 * does not leak.
 */
public interface Caller {

    boolean isAuthenticated();

    /** The username, or {@code "system"} for work the server does on its own behalf. */
    String username();

    Set<Role> roles();

    /** The remote address of the request, when there is one (for the audit trail). */
    String address();

    boolean hasRole(Role role);

    boolean hasAnyRole(Role... roles);

    /** Programme ids this caller may see. */
    Set<Long> programmeIds();

    boolean canSeeProgramme(long programmeId);

    /** Throws {@link AccessDeniedException} (audited) unless the caller holds one of the roles. */
    void requireAnyRole(Role... roles);

    /** Throws {@link NotFoundException} (audited as a denial) unless the programme is in scope. */
    void requireProgramme(long programmeId);
}
