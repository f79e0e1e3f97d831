package org.liberta.platform.internal.application;

import java.io.Serializable;
import java.util.Set;

import org.liberta.platform.api.Role;

/** What the authentication mechanism established about this request's user. */
public record AuthenticatedUser(long userId, String username, Set<Role> roles, Set<Long> programmeIds,
        String address) implements Serializable {

    public static final String REQUEST_ATTRIBUTE = AuthenticatedUser.class.getName();

    /** What this user may do and where, as {@link SignIn#grantsOf} writes it. */
    public String grants() {
        return SignIn.grantsOf(roles, programmeIds);
    }
}
