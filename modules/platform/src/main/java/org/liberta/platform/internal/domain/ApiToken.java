package org.liberta.platform.internal.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/** A bearer token for the REST API. Only its SHA-256 is stored: a database leak yields no usable token. */
@Entity(name = "ApiToken")
@Table(name = "plt_api_token")
public class ApiToken extends VersionedEntity {

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(String tokenHash, String username, int sessionEpoch, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.sessionEpoch = sessionEpoch;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(Instant now, int currentEpoch) {
        return revokedAt == null && expiresAt.isAfter(now) && sessionEpoch == currentEpoch;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String getUsername() {
        return username;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
