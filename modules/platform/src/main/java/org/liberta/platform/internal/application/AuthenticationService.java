package org.liberta.platform.internal.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.persistence.RecordLocks;
import org.liberta.platform.api.vault.SubjectRef;
import org.liberta.platform.internal.application.SignIn.Outcome;
import org.liberta.platform.internal.application.SignIn.Pending;
import org.liberta.platform.internal.application.SignIn.Result;
import org.liberta.platform.internal.application.SignIn.SessionLogin;
import org.liberta.platform.internal.domain.ApiToken;
import org.liberta.platform.internal.domain.AuditQuery;
import org.liberta.platform.internal.domain.AuditRepository;
import org.liberta.platform.internal.domain.PlatformRepository;
import org.liberta.platform.internal.domain.UserAccount;
import org.liberta.platform.internal.crypto.PasswordHasher;
import org.liberta.platform.internal.crypto.PasswordPolicy;
import org.liberta.platform.internal.crypto.Tokens;
import org.liberta.platform.internal.crypto.Totp;

/**
 * Signing in (password, then a TOTP code when the user has or needs one), API tokens, and re-checking a
 * session or token on every request so a disabled user is out at once. Every success, failure and lock-out
 * is audited; failures never say whether the user exists.
 */
@ApplicationScoped
@Transactional
public class AuthenticationService {

    private static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);
    private static final Duration PASSWORD_GUESS_WINDOW = Duration.ofMinutes(15);
    private static final String TOTP_SUBJECT = "user";
    private static final String TOTP_FIELD = "totp";
    private static final String ISSUER = "Liberta";

    private final PasswordHasher hasher = new PasswordHasher();

    @Inject
    private PlatformRepository repository;

    @Inject
    private DefaultAuditLog audit;

    @Inject
    private DefaultIdentityVault vault;

    @Inject
    private LibertaConfig config;

    @Inject
    private AddressThrottle throttle;

    @Inject
    private RecordLocks locks;

    @Inject
    private KnownDevices devices;

    @Inject
    private AuditRepository auditTrail;

    @Inject
    private org.liberta.platform.api.Caller caller;

    @Inject
    private SignInAlerts alerts;

    /**
     * The first step. {@code device} is the cookie by which the browser or app is known (null when it has none): a
     * known device is never locked out (docs/security.md item 5).
     */
    public Result checkPassword(String username, String password, String address, String device) {
        Instant now = Instant.now();
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (throttle.isBlocked(address, now)) {
            audit.recordFor("anonymous", address, AuditActions.LOGIN_FAILED, "user", null, "address throttled");
            return Result.failed();
        }
        Optional<UserAccount> found = repository.userByUsername(name);
        if (found.isEmpty() || password == null) {
            hasher.verifyDummy(password == null ? "" : password);
            return fail(null, address, now, "unknown account");
        }
        // One sign-in at a time per account: failures sent together must each be counted (a lost count is a free
        // guess), and must not collide as a stale version (409) either.
        UserAccount user = locks.forEdit(found.get(), null, null);
        if (!user.isEnabled()) {
            hasher.verifyDummy(password);
            return fail(user, address, now, "account disabled");
        }
        if (user.isLockedAt(now) && devices.trusted(user, device, now).isEmpty()) {
            return whileLocked(user, password, address, now, device);
        }
        if (!hasher.verify(password, user.getPasswordHash())) {
            return failAndCount(user, address, now, "wrong password", device);
        }
        if (user.isMfaEnrolled()) {
            return Result.pending(Outcome.CODE_REQUIRED, new Pending(user.getId(), user.getUsername(), null, now, device),
                    null);
        }
        if (user.getRoles().stream().anyMatch(config.mfaRequiredRoles()::contains)) {
            String secret = Totp.newSecret();
            return Result.pending(Outcome.ENROLMENT_REQUIRED,
                    new Pending(user.getId(), user.getUsername(), secret, now, device),
                    Totp.provisioningUri(ISSUER, user.getUsername(), secret));
        }
        return signedIn(user, address, "password", device);
    }

    /**
     * A locked account (failures in a row: docs/security.md item 5) does not check passwords, so that guessing
     * stays slow. But a lock must not shut out its owner: one with a second factor is asked for their code whatever
     * password was given (being asked tells an attacker nothing), and password and code together let them in.
     */
    private Result whileLocked(UserAccount user, String password, String address, Instant now, String device) {
        if (!user.isMfaEnrolled() || user.areCodesLockedAt(now)) {
            hasher.verifyDummy(password);
            return fail(user, address, now, user.isMfaEnrolled() ? "second step locked" : "account locked");
        }
        boolean right = hasher.verify(password, user.getPasswordHash());
        return Result.pending(Outcome.CODE_REQUIRED, new Pending(user.getId(), user.getUsername(), null, now, right, device),
                null);
    }

    /** The second step: a code from the authenticator, which also completes a first-time enrolment. */
    public Result checkCode(Pending pending, String code, String address) {
        Instant now = Instant.now();
        if (pending == null || pending.startedAt().plus(PENDING_LIFETIME).isBefore(now)) {
            return Result.failed();
        }
        UserAccount user = repository.userById(pending.userId()).map(u -> locks.forEdit(u, null, null)).orElse(null);
        if (user == null || !user.isEnabled() || user.areCodesLockedAt(now)
                || pending.isEnrolment() && user.isLockedAt(now)) {
            return fail(user, address, now, "account unavailable at second step");
        }
        if (!pending.passwordRight()) {
            // Asked for a code only because the account is locked: the password was wrong all along.
            return failAndCount(user, address, now, "wrong password (account locked)", pending.device());
        }
        String secret = pending.isEnrolment() ? pending.enrolmentSecret() : storedSecret(user);
        java.util.OptionalLong step = secret == null ? java.util.OptionalLong.empty()
                : Totp.matchingStep(secret, code, now);
        if (step.isEmpty() || !user.acceptCodeOf(step.getAsLong())) {
            if (user.recordFailedCode(now)) {
                audit.recordFor("anonymous", address, AuditActions.LOCKED_OUT, "user", user.getId(),
                        UserAccount.MAX_FAILURES + " wrong codes in a row after the right password");
            }
            return fail(user, address, now, "wrong second-factor code");
        }
        if (pending.isEnrolment()) {
            enrol(user, secret);
        }
        return signedIn(user, address, "password and TOTP", pending.device());
    }

    /**
     * A user changes their own password (ASVS 5.0 §6.2.2, §6.2.3), proving it with the current one. A wrong one is
     * audited and, from a session someone else may have found open, buys few guesses: five in a quarter of an hour,
     * then none is checked until the quarter has passed. It does not lock sign-in, which would let whoever holds a
     * session shut its owner out. Every session and token of the user ends with the change, this one too.
     */
    @Transactional(dontRollbackOn = InvalidInputException.class)
    public void changeOwnPassword(String username, String currentPassword, String newPassword, String address) {
        Instant now = Instant.now();
        UserAccount user = repository.userByUsername(username).map(u -> locks.forEdit(u, null, null))
                .orElseThrow(() -> new NotFoundException("user"));
        long refused = auditTrail.countAuditEntries(new AuditQuery("user", String.valueOf(user.getId()), null,
                AuditActions.PASSWORD_CHANGE_REFUSED, now.minus(PASSWORD_GUESS_WINDOW), null));
        if (refused >= UserAccount.MAX_FAILURES) {
            hasher.verifyDummy(currentPassword == null ? "" : currentPassword);
            throw InvalidInputException.of("currentPassword", "was wrong too often; try again in a quarter of an hour");
        }
        if (currentPassword == null || !hasher.verify(currentPassword, user.getPasswordHash())) {
            audit.recordFor(user.getUsername(), address, AuditActions.PASSWORD_CHANGE_REFUSED, "user", user.getId(),
                    "wrong current password");
            throw InvalidInputException.of("currentPassword", "is not your current password");
        }
        PasswordPolicy.problemWith(newPassword, user.getUsername()).ifPresent(problem -> {
            throw InvalidInputException.of("newPassword", problem);
        });
        user.changePassword(hasher.hash(newPassword));
        audit.recordFor(user.getUsername(), address, AuditActions.PASSWORD_CHANGED, "user", user.getId(),
                "every session and token ended");
    }

    /** A signed-in user's voluntary enrolment: a fresh secret to show, then {@link #confirmEnrolment}. */
    public String newEnrolmentSecret() {
        return Totp.newSecret();
    }

    public String provisioningUri(String username, String secret) {
        return Totp.provisioningUri(ISSUER, username, secret);
    }

    public void confirmEnrolment(String username, String secret, String code) {
        UserAccount user = repository.userByUsername(username).orElseThrow(() -> new NotFoundException("user"));
        if (!Totp.verify(secret, code, Instant.now())) {
            throw InvalidInputException.of("code", "that code does not match; check the time on your phone");
        }
        enrol(user, secret);
    }

    private void enrol(UserAccount user, String secret) {
        vault.seal(new SubjectRef(TOTP_SUBJECT, user.getId(), 0), Map.of(TOTP_FIELD, secret));
        user.markMfaEnrolled();
        audit.recordFor(user.getUsername(), null, AuditActions.MFA_ENROLLED, "user", user.getId(), "TOTP");
    }

    /**
     * An administrator removes a user's lost second factor (ASVS 5.0 §6.4.4), having checked who is asking as at
     * enrolment; {@code reason} says how, for the audit. Not one's own: a second administrator is the check.
     */
    public void removeSecondFactor(long userId, String reason) {
        caller.requireAnyRole(Role.ADMIN);
        UserAccount user = repository.userById(userId).map(u -> locks.forEdit(u, null, null))
                .orElseThrow(() -> new NotFoundException("user"));
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 10 || why.length() > 500) {
            throw InvalidInputException.of("reason", "say in 10 to 500 characters how you checked who is asking");
        }
        if (user.getUsername().equals(caller.username())) {
            throw InvalidInputException.of("userId", "another administrator removes your own second factor");
        }
        if (!user.isMfaEnrolled()) {
            throw InvalidInputException.of("userId", "has no second factor");
        }
        vault.destroy(new SubjectRef(TOTP_SUBJECT, user.getId(), 0));
        user.removeSecondFactor();
        repository.revokeTokensOf(user.getUsername(), Instant.now());
        audit.recordFor(caller.username(), caller.address(), AuditActions.MFA_REMOVED, "user", user.getId(), why);
    }

    private String storedSecret(UserAccount user) {
        return vault.open(TOTP_SUBJECT, user.getId()).get(TOTP_FIELD);
    }

    private Result signedIn(UserAccount user, String address, String how, String device) {
        Instant now = Instant.now();
        user.recordSuccessfulLogin();
        String knownAs = devices.remember(user, device, now);
        audit.recordFor(user.getUsername(), address, AuditActions.LOGIN, "user", user.getId(), how);
        return new Result(Outcome.SIGNED_IN, null, new SessionLogin(user.getId(), user.getUsername(),
                user.getSessionEpoch(), now, SignIn.grantsOf(user.getRoles(), user.getProgrammeIds())), null, knownAs);
    }

    /**
     * A wrong password for an account: counted against the account (and the device, when a known one sent it). Five
     * in a row lock the account and alert its owner and the administrators; during a password spray, one does.
     */
    private Result failAndCount(UserAccount user, String address, Instant now, String why, String device) {
        Result failed = fail(user, address, now, why); // recorded first: the spray count includes this account
        devices.recordFailure(user, device, now);
        boolean spray = alerts.sprayUnderway(address, now);
        if (spray ? user.recordFailedLoginDuringSpray(now) : user.recordFailedLogin(now)) {
            audit.recordFor("anonymous", address, AuditActions.LOCKED_OUT, "user", user.getId(),
                    spray ? "a failure during a password spray" : UserAccount.MAX_FAILURES + " failures in a row");
            if (user.isFirstLockOfStreak()) { // one alert per streak: a long attack is not a mail every few minutes
                alerts.accountLocked(user, address, now, spray);
            }
        }
        return failed;
    }

    private Result fail(UserAccount user, String address, Instant now, String why) {
        throttle.recordFailure(address, now);
        audit.recordFor("anonymous", address, AuditActions.LOGIN_FAILED, "user", user == null ? null : user.getId(), why);
        return Result.failed();
    }

    /** Re-validates a web session on each request: the account must still be enabled and the epoch unchanged. */
    public Optional<AuthenticatedUser> resume(SessionLogin login, String address) {
        return repository.userById(login.userId())
                .filter(u -> u.isEnabled() && u.getSessionEpoch() == login.epoch())
                .map(u -> new AuthenticatedUser(u.getId(), u.getUsername(), u.getRoles(), u.getProgrammeIds(), address));
    }

    /** {@code POST /auth/token}: password and, where needed, the TOTP code in one call. */
    public Optional<IssuedToken> issueToken(String username, String password, String code, String address,
            String device) {
        Result first = checkPassword(username, password, address, device);
        Result result = switch (first.outcome()) {
            case SIGNED_IN -> first;
            case CODE_REQUIRED -> checkCode(first.pending(), code, address);
            // Enrolment needs a screen to show the secret: the user signs in on the web once first.
            case ENROLMENT_REQUIRED, FAILED -> Result.failed();
        };
        if (result.outcome() != Outcome.SIGNED_IN) {
            return Optional.empty();
        }
        String token = Tokens.newToken();
        Instant now = Instant.now();
        ApiToken stored = repository.save(new ApiToken(Tokens.sha256(token), result.login().username(),
                result.login().epoch(), now, now.plus(config.tokenLifetime())));
        audit.recordFor(result.login().username(), address, AuditActions.TOKEN_ISSUED, "token", stored.getId(), null);
        return Optional.of(new IssuedToken(token, stored.getExpiresAt(), result.device()));
    }

    public Optional<AuthenticatedUser> authenticateToken(String token, String address) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return repository.tokenByHash(Tokens.sha256(token.strip()))
                .flatMap(t -> repository.userByUsername(t.getUsername())
                        .filter(u -> u.isEnabled() && t.isUsableAt(now, u.getSessionEpoch())))
                .map(u -> new AuthenticatedUser(u.getId(), u.getUsername(), u.getRoles(), u.getProgrammeIds(), address));
    }

    /** The user a field device syncs for, while they may still sign in. */
    public Optional<AuthenticatedUser> userOfDevice(long userId, String address) {
        return repository.userById(userId).filter(UserAccount::isEnabled)
                .map(u -> new AuthenticatedUser(u.getId(), u.getUsername(), u.getRoles(), u.getProgrammeIds(), address));
    }

    public void revokeToken(String token, String username, String address) {
        repository.tokenByHash(Tokens.sha256(token.strip())).ifPresent(t -> {
            t.revoke(Instant.now());
            audit.recordFor(username, address, AuditActions.TOKEN_REVOKED, "token", t.getId(), null);
        });
    }

    /** A session went on under a new id because its user's roles or programmes changed. */
    public void recordSessionRenewed(AuthenticatedUser user, String address) {
        audit.recordFor(user.username(), address, AuditActions.SESSION_RENEWED, "user", user.userId(), user.grants());
    }

    public void recordLogout(String username, String address) {
        audit.recordFor(username, address, AuditActions.LOGOUT, "user", null, null);
    }

    /** A token handed out once; only its hash is kept. {@code device}: the cookie the client is known by. */
    public record IssuedToken(String token, Instant expiresAt, String device) {
    }
}
