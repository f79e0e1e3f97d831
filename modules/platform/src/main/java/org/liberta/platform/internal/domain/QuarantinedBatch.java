package org.liberta.platform.internal.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * What a revoked device sent: kept as it came, for an administrator to look at (a lost phone's last batch may be the
 * owner's honest work, or someone else's), never applied.
 */
@Entity(name = "QuarantinedBatch")
@Table(name = "plt_quarantined_batch")
public class QuarantinedBatch extends VersionedEntity {

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "address", length = 64)
    private String address;

    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    protected QuarantinedBatch() {
    }

    public QuarantinedBatch(long deviceId, Instant receivedAt, String address, String body) {
        this.deviceId = deviceId;
        this.receivedAt = receivedAt;
        this.address = address;
        this.body = body;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
