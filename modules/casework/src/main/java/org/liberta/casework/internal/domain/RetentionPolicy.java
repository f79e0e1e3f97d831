package org.liberta.casework.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/** How long a programme keeps a closed case's identity before retention anonymises it. */
@Entity(name = "RetentionPolicy")
@Table(name = "cw_retention_policy")
public class RetentionPolicy extends VersionedEntity {

    @Column(name = "programme_id", nullable = false, unique = true)
    private long programmeId;

    @Column(name = "retention_months", nullable = false)
    private int retentionMonths;

    protected RetentionPolicy() {
    }

    public RetentionPolicy(long programmeId, int retentionMonths) {
        this.programmeId = programmeId;
        this.retentionMonths = retentionMonths;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    public void keepFor(int months) {
        this.retentionMonths = months;
    }
}
