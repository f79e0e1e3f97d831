package org.liberta.witness.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * An intimidation concern about a witness (a threat, pressure from the accused's family, an approach near home):
 * while it is open every hearing the witness is needed at is at risk, and it stays on record once closed.
 */
@Entity(name = "WitnessConcern")
@Table(name = "wit_concern")
public class Concern extends VersionedEntity {

    @Column(name = "witness_id", nullable = false)
    private long witnessId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Column(name = "raised_by", nullable = false, length = 100)
    private String raisedBy;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "resolution", length = 1000)
    private String resolution;

    protected Concern() {
    }

    public Concern(long witnessId, long programmeId, LocalDate raisedOn, String raisedBy, String description) {
        this.witnessId = witnessId;
        this.programmeId = programmeId;
        this.raisedOn = raisedOn;
        this.raisedBy = raisedBy;
        this.description = description;
    }

    /** Closes the concern with what was done; answers false when it was already closed (nothing changes). */
    public boolean close(LocalDate on, String by, String whatWasDone) {
        if (closedOn != null) {
            return false;
        }
        closedOn = on;
        closedBy = by;
        resolution = whatWasDone;
        return true;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    public long getWitnessId() {
        return witnessId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getResolution() {
        return resolution;
    }
}
