package org.liberta.platform.internal.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.liberta.platform.api.Role;
import org.liberta.platform.api.domain.VersionedEntity;

/**
 * A person who signs in: roles say what they may do, programmes where. Holds the lock-out state and a
 * session epoch that, when bumped, ends every session and token the user has (disable, reset, role change).
 */
@Entity(name = "UserAccount")
@Table(name = "plt_user")
public class UserAccount extends VersionedEntity {

    /**
     * Failures in a row after which sign-in slows down: the account is locked for {@link #FIRST_DELAY}, twice as long
     * at each failure after, up to {@link #LONGEST_DELAY} (NIST SP 800-63B §5.2.2). An owner with a second factor is
     * let in by password and code all the same (AuthenticationService), so a lock cannot be turned against them.
     */
    public static final int MAX_FAILURES = 5;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    public static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

    @Column(name = "username", nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    /** Where alerts about the account go (a burst of failed sign-ins); optional. */
    @Column(name = "email", length = 254)
    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plt_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plt_user_programme", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "programme_id", nullable = false)
    private Set<Long> programmeIds = new HashSet<>();

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Wrong codes after a right password: only someone who knows the password can add to these. */
    @Column(name = "failed_codes", nullable = false)
    private int failedCodes;

    @Column(name = "codes_locked_until")
    private Instant codesLockedUntil;

    /** The time step of the last second-factor code accepted: a code is good once (ASVS 5.0 §6.5.1). */
    @Column(name = "last_code_step")
    private Long lastCodeStep;

    @Column(name = "mfa_enrolled", nullable = false)
    private boolean mfaEnrolled;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Set<Role> roles, Set<Long> programmeIds, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        assign(roles, programmeIds);
    }

    /** A new address for alerts; blank removes it. */
    public void changeEmail(String newEmail) {
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
    }

    public final void assign(Set<Role> newRoles, Set<Long> newProgrammeIds) {
        boolean narrowed = !newRoles.containsAll(roles) || !newProgrammeIds.containsAll(programmeIds);
        roles.clear();
        roles.addAll(newRoles);
        programmeIds.clear();
        programmeIds.addAll(newProgrammeIds);
        if (narrowed) {
            endSessions();
        }
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        recordSuccessfulLogin();
        endSessions();
    }

    public void enable() {
        enabled = true;
    }

    public void disable() {
        enabled = false;
        endSessions();
    }

    /** Every session and token carries the epoch it was issued under; a new epoch invalidates them all. */
    public void endSessions() {
        sessionEpoch++;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; returns true when this failure locks an account that was not locked. */
    public boolean recordFailedLogin(Instant now) {
        boolean wasLocked = isLockedAt(now);
        lockedUntil = lockAfter(++failedLogins, now, lockedUntil);
        return failedLogins >= MAX_FAILURES && !wasLocked;
    }

    /**
     * Counts a failed sign-in during a password spray (guesses spread over many accounts, each staying under five):
     * the account is slowed down at once, as if it had failed five times, so each account yields one guess per delay.
     * Returns true when this failure locks an account that was not locked.
     */
    public boolean recordFailedLoginDuringSpray(Instant now) {
        failedLogins = Math.max(failedLogins, MAX_FAILURES - 1);
        return recordFailedLogin(now);
    }

    /** Whether the failure just counted is the one that first locked the account since its last success. */
    public boolean isFirstLockOfStreak() {
        return failedLogins == MAX_FAILURES;
    }

    /** Whether the second step is slowed down by wrong codes given after a right password. */
    public boolean areCodesLockedAt(Instant now) {
        return codesLockedUntil != null && codesLockedUntil.isAfter(now);
    }

    /** Counts a wrong code after a right password; returns true when it locks the second step. */
    public boolean recordFailedCode(Instant now) {
        boolean wasLocked = areCodesLockedAt(now);
        codesLockedUntil = lockAfter(++failedCodes, now, codesLockedUntil);
        return failedCodes >= MAX_FAILURES && !wasLocked;
    }

    /** Where a streak of {@code failures} in a row leaves its lock: unchanged below five, else locked from now. */
    private static Instant lockAfter(int failures, Instant now, Instant lockedUntil) {
        return failures >= MAX_FAILURES ? now.plus(delayAfter(failures)) : lockedUntil;
    }

    /** How long the {@code failures}-th failure in a row locks: 30 s at the fifth, doubling, 15 minutes at most. */
    static Duration delayAfter(int failures) {
        int doublings = Math.min(failures - MAX_FAILURES, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.max(doublings, 0));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
        failedCodes = 0;
        codesLockedUntil = null;
    }

    /** Accepts a right code of time step {@code step} once: a code seen before, or an older one, is refused. */
    public boolean acceptCodeOf(long step) {
        if (lastCodeStep != null && step <= lastCodeStep) {
            return false;
        }
        lastCodeStep = step;
        return true;
    }

    public void markMfaEnrolled() {
        mfaEnrolled = true;
    }

    /**
     * A lost authenticator, removed by an administrator who checked who is asking: the next sign-in enrols a new one
     * where the role needs it, and every session and token ends, in case the phone was taken rather than lost.
     */
    public void removeSecondFactor() {
        mfaEnrolled = false;
        lastCodeStep = null;
        failedCodes = 0;
        codesLockedUntil = null;
        endSessions();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Set<Long> getProgrammeIds() {
        return Set.copyOf(programmeIds);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMfaEnrolled() {
        return mfaEnrolled;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
