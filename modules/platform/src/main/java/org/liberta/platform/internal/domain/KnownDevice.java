package org.liberta.platform.internal.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * A browser or app its owner has signed in from (OWASP's "device cookies"): a locked account still checks the
 * password of a request from a known device, so wrong guesses from elsewhere never shut the owner out. Only the
 * SHA-256 of the cookie is kept. A device that fails five times in a row, or sits unused for half a year, is no
 * longer trusted: a stolen cookie buys an attacker five guesses, not unlimited ones.
 */
@Entity(name = "KnownDevice")
@Table(name = "plt_known_device")
public class KnownDevice extends VersionedEntity {

    public static final int MAX_FAILURES = 5;
    public static final Duration FORGOTTEN_AFTER = Duration.ofDays(180);

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    protected KnownDevice() {
    }

    public KnownDevice(String tokenHash, long userId, Instant now) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.firstSeenAt = now;
        this.lastSeenAt = now;
    }

    /** Whether this device may sign in to {@code user} while the account is locked. */
    public boolean isTrustedFor(long user, Instant now) {
        return userId == user && failedLogins < MAX_FAILURES && lastSeenAt.plus(FORGOTTEN_AFTER).isAfter(now);
    }

    public void recordFailedLogin() {
        failedLogins++;
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lastSeenAt = now;
    }

    public long getUserId() {
        return userId;
    }
}
