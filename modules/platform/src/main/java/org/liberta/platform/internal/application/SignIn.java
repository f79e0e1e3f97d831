package org.liberta.platform.internal.application;

import java.io.Serializable;
import java.time.Instant;

/** Results of the steps of signing in. */
public final class SignIn {

    private SignIn() {
    }

    /** What happened to one step; {@link Outcome#FAILED} is deliberately uninformative. */
    public enum Outcome { SIGNED_IN, CODE_REQUIRED, ENROLMENT_REQUIRED, FAILED }

    /**
     * A password waiting for its second factor. Kept on the server (in the login view), never sent to the browser,
     * and only valid for a few minutes. While an account is locked, its owner's second factor still lets them in, so
     * the code is asked for whatever password was given and {@code passwordRight} remembers whether it was: an
     * attacker learns nothing from being asked.
     */
    public record Pending(long userId, String username, String enrolmentSecret, Instant startedAt, boolean passwordRight)
            implements Serializable {

        public Pending(long userId, String username, String enrolmentSecret, Instant startedAt) {
            this(userId, username, enrolmentSecret, startedAt, true);
        }

        public boolean isEnrolment() {
            return enrolmentSecret != null;
        }
    }

    /** An established web session's identity, stored in the HTTP session. */
    public record SessionLogin(long userId, String username, int epoch, Instant signedInAt) implements Serializable {

        public static final String SESSION_ATTRIBUTE = SessionLogin.class.getName();
    }

    /** The answer of one step: the outcome and, depending on it, the pending state or the session identity. */
    public record Result(Outcome outcome, Pending pending, SessionLogin login, String provisioningUri) {

        static Result failed() {
            return new Result(Outcome.FAILED, null, null, null);
        }
    }
}
