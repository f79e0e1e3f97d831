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
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.persistence.RecordLocks;
import org.liberta.platform.api.vault.SubjectRef;
import org.liberta.platform.internal.application.SignIn.Outcome;
import org.liberta.platform.internal.application.SignIn.Pending;
import org.liberta.platform.internal.application.SignIn.Result;
import org.liberta.platform.internal.application.SignIn.SessionLogin;
import org.liberta.platform.internal.domain.ApiToken;
import org.liberta.platform.internal.domain.PlatformRepository;
import org.liberta.platform.internal.domain.UserAccount;
import org.liberta.platform.internal.crypto.PasswordHasher;
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

    public Result checkPassword(String username, String password, String address) {
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
        if (user.isLockedAt(now)) {
            return whileLocked(user, password, address, now);
        }
        if (!hasher.verify(password, user.getPasswordHash())) {
            return failAndCount(user, address, now, "wrong password");
        }
        if (user.isMfaEnrolled()) {
            return new Result(Outcome.CODE_REQUIRED, new Pending(user.getId(), user.getUsername(), null, now), null, null);
        }
        if (user.getRoles().stream().anyMatch(config.mfaRequiredRoles()::contains)) {
            String secret = Totp.newSecret();
            return new Result(Outcome.ENROLMENT_REQUIRED, new Pending(user.getId(), user.getUsername(), secret, now),
                    null, Totp.provisioningUri(ISSUER, user.getUsername(), secret));
        }
        return signedIn(user, address, "password");
    }

    /**
     * A locked account (failures in a row: docs/security.md item 5) does not check passwords, so that guessing
     * stays slow. But a lock must not shut out its owner: one with a second factor is asked for their code whatever
     * password was given (being asked tells an attacker nothing), and password and code together let them in.
     */
    private Result whileLocked(UserAccount user, String password, String address, Instant now) {
        if (!user.isMfaEnrolled() || user.areCodesLockedAt(now)) {
            hasher.verifyDummy(password);
            return fail(user, address, now, user.isMfaEnrolled() ? "second step locked" : "account locked");
        }
        boolean right = hasher.verify(password, user.getPasswordHash());
        return new Result(Outcome.CODE_REQUIRED, new Pending(user.getId(), user.getUsername(), null, now, right), null,
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
            return failAndCount(user, address, now, "wrong password (account locked)");
        }
        String secret = pending.isEnrolment() ? pending.enrolmentSecret() : storedSecret(user);
        if (secret == null || !Totp.verify(secret, code, now)) {
            if (user.recordFailedCode(now)) {
                audit.recordFor("anonymous", address, AuditActions.LOCKED_OUT, "user", user.getId(),
                        UserAccount.MAX_FAILURES + " wrong codes in a row after the right password");
            }
            return fail(user, address, now, "wrong second-factor code");
        }
        if (pending.isEnrolment()) {
            enrol(user, secret);
        }
        return signedIn(user, address, "password and TOTP");
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

    private String storedSecret(UserAccount user) {
        return vault.open(TOTP_SUBJECT, user.getId()).get(TOTP_FIELD);
    }

    private Result signedIn(UserAccount user, String address, String how) {
        user.recordSuccessfulLogin();
        audit.recordFor(user.getUsername(), address, AuditActions.LOGIN, "user", user.getId(), how);
        return new Result(Outcome.SIGNED_IN, null,
                new SessionLogin(user.getId(), user.getUsername(), user.getSessionEpoch(), Instant.now()), null);
    }

    private Result failAndCount(UserAccount user, String address, Instant now, String why) {
        if (user.recordFailedLogin(now)) {
            audit.recordFor("anonymous", address, AuditActions.LOCKED_OUT, "user", user.getId(),
                    UserAccount.MAX_FAILURES + " failures in a row");
        }
        return fail(user, address, now, why);
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
    public Optional<IssuedToken> issueToken(String username, String password, String code, String address) {
        Result first = checkPassword(username, password, address);
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
        return Optional.of(new IssuedToken(token, stored.getExpiresAt()));
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

    public void revokeToken(String token, String username, String address) {
        repository.tokenByHash(Tokens.sha256(token.strip())).ifPresent(t -> {
            t.revoke(Instant.now());
            audit.recordFor(username, address, AuditActions.TOKEN_REVOKED, "token", t.getId(), null);
        });
    }

    public void recordLogout(String username, String address) {
        audit.recordFor(username, address, AuditActions.LOGOUT, "user", null, null);
    }

    /** A token handed out once; only its hash is kept. */
    public record IssuedToken(String token, Instant expiresAt) {
    }
}
