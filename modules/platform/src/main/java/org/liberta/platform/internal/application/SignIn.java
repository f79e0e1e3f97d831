package org.liberta.platform.internal.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import org.liberta.platform.api.Role;

/** Results of the steps of signing in. */
public final class SignIn {

    private SignIn() {
    }

    /** A session's roles and programmes in one comparable string, e.g. {@code [CASEWORKER]@[1, 3]}. */
    public static String grantsOf(Set<Role> roles, Set<Long> programmeIds) {
        return new TreeSet<>(roles) + "@" + new TreeSet<>(programmeIds);
    }

    /** What happened to one step; {@link Outcome#FAILED} is deliberately uninformative. */
    public enum Outcome { SIGNED_IN, CODE_REQUIRED, ENROLMENT_REQUIRED, FAILED }

    /**
     * A password waiting for its second factor. Kept on the server (in the login view), never sent to the browser,
     * and only valid for a few minutes. While an account is locked, its owner's second factor still lets them in, so
     * the code is asked for whatever password was given and {@code passwordRight} remembers whether it was: an
     * attacker learns nothing from being asked.
     */
    public record Pending(long userId, String username, String enrolmentSecret, Instant startedAt, boolean passwordRight,
            String device) implements Serializable {

        public Pending(long userId, String username, String enrolmentSecret, Instant startedAt, String device) {
            this(userId, username, enrolmentSecret, startedAt, true, device);
        }

        public boolean isEnrolment() {
            return enrolmentSecret != null;
        }
    }

    /**
     * An established web session's identity, stored in the HTTP session. {@code grants} are the roles and programmes
     * it was given under: when they change, the session is renewed under a new id (ASVS 5.0 §7.2.4).
     */
    public record SessionLogin(long userId, String username, int epoch, Instant signedInAt, String grants)
            implements Serializable {

        public static final String SESSION_ATTRIBUTE = SessionLogin.class.getName();

        /** The same identity, now holding {@code newGrants}. */
        public SessionLogin regranted(String newGrants) {
            return new SessionLogin(userId, username, epoch, signedInAt, newGrants);
        }
    }

    /**
     * The answer of one step: the outcome and, depending on it, the pending state or the session identity; on
     * success, {@code device} is the cookie value by which this browser or app is known from now on.
     */
    public record Result(Outcome outcome, Pending pending, SessionLogin login, String provisioningUri, String device) {

        static Result failed() {
            return new Result(Outcome.FAILED, null, null, null, null);
        }

        static Result pending(Outcome outcome, Pending pending, String provisioningUri) {
            return new Result(outcome, pending, null, provisioningUri, null);
        }
    }
}
