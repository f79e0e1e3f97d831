package org.liberta.platform.internal.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A field action that was applied, under the id the device made for it: the primary key is what makes a sync exactly
 * once. A batch sent twice, or cut off and sent again, finds its actions here and applies none of them a second
 * time; two copies arriving at the same moment collide on the key, and one of them rolls back.
 */
@Entity(name = "SyncedAction")
@Table(name = "plt_synced_action")
public class SyncedAction {

    @Id
    @Column(name = "action_id", length = 36)
    private String actionId;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(name = "action_type", nullable = false, length = 40)
    private String type;

    @Column(name = "record_type", nullable = false, length = 60)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "captured_at", nullable = false)
    private Instant capturedAt;

    @Column(name = "arrived_at", nullable = false)
    private Instant arrivedAt;

    protected SyncedAction() {
    }

    public SyncedAction(String actionId, long deviceId, String type, String recordType, long recordId,
            Instant capturedAt, Instant arrivedAt) {
        this.actionId = actionId;
        this.deviceId = deviceId;
        this.type = type;
        this.recordType = recordType;
        this.recordId = recordId;
        this.capturedAt = capturedAt;
        this.arrivedAt = arrivedAt;
    }

    public String getRecordType() {
        return recordType;
    }

    public long getRecordId() {
        return recordId;
    }

    public long getDeviceId() {
        return deviceId;
    }
}
