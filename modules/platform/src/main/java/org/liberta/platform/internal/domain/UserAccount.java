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

    /** Failures in a row that lock an account, and for how long. */
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Column(name = "username", nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

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
        this.failedLogins = 0;
        this.lockedUntil = null;
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

    /** Counts a failed login; returns true when this failure locks the account. */
    public boolean recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILURES) {
            failedLogins = 0;
            lockedUntil = now.plus(LOCK_DURATION);
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void markMfaEnrolled() {
        mfaEnrolled = true;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public String getUsername() {
        return username;
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
