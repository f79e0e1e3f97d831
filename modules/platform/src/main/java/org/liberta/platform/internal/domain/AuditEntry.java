package org.liberta.platform.internal.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the audit trail. Immutable: no setters, no update or delete path anywhere in the application.
 * {@code seq} orders the chain (timestamps lose their fractions on some MySQL-compatible servers, so they
 * cannot), and {@code hash} covers this entry and the previous entry's hash, so any edit breaks the chain.
 */
@Entity(name = "AuditEntry")
@Table(name = "plt_audit_entry")
public class AuditEntry implements Serializable {

    @Id
    @Column(name = "seq")
    private long seq;

    @Column(name = "at_utc", nullable = false)
    private Instant at;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "record_type", length = 60)
    private String recordType;

    @Column(name = "record_id", length = 100)
    private String recordId;

    @Column(name = "detail", length = 1000)
    private String detail;

    @Column(name = "address", length = 64)
    private String address;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    public AuditEntry(long seq, Instant at, String username, String action, String recordType, String recordId,
            String detail, String address, String prevHash) {
        this.seq = seq;
        this.at = at;
        this.username = username;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.detail = detail;
        this.address = address;
        this.prevHash = prevHash;
        this.hash = AuditChain.hash(this);
    }

    public long getSeq() {
        return seq;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getDetail() {
        return detail;
    }

    public String getAddress() {
        return address;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
