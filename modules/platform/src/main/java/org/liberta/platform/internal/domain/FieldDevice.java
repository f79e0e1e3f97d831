package org.liberta.platform.internal.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * A phone or laptop enrolled for the field app (issue 34): it syncs with a credential of its own, 256 random bits of
 * which only the SHA-256 is kept. Revoked when lost: its next contact wipes it, and whatever it sends from then on
 * is kept for an administrator to look at, never applied.
 */
@Entity(name = "FieldDevice")
@Table(name = "plt_field_device")
public class FieldDevice extends VersionedEntity {

    @Column(name = "credential_hash", nullable = false, unique = true, length = 64)
    private String credentialHash;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "last_sync_at")
    private Instant lastSyncAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    protected FieldDevice() {
    }

    public FieldDevice(String credentialHash, long userId, String name, Instant now) {
        this.credentialHash = credentialHash;
        this.userId = userId;
        this.name = name;
        this.enrolledAt = now;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Revokes the device; revoking it again changes nothing. */
    public void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Instant getLastSyncAt() {
        return lastSyncAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
