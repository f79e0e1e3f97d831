package org.liberta.platform.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row holding the end of the audit chain. Appending locks it, which puts concurrent writers (also
 * on other cluster nodes) in one order, so the chain never forks.
 */
@Entity(name = "AuditHead")
@Table(name = "plt_audit_head")
public class AuditHead {

    public static final int SINGLETON_ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {
    }

    public long nextSeq() {
        return lastSeq + 1;
    }

    public String getLastHash() {
        return lastHash;
    }

    public void advanceTo(AuditEntry entry) {
        this.lastSeq = entry.getSeq();
        this.lastHash = entry.getHash();
    }
}
