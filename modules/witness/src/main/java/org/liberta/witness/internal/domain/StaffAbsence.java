package org.liberta.witness.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/** A day a staff member cannot escort anyone (leave, training, another duty). */
@Entity(name = "StaffAbsence")
@Table(name = "wit_staff_absence")
public class StaffAbsence extends VersionedEntity {

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "away_on", nullable = false)
    private LocalDate awayOn;

    protected StaffAbsence() {
    }

    public StaffAbsence(long staffId, LocalDate day) {
        this.staffId = staffId;
        this.awayOn = day;
    }

    public long getStaffId() {
        return staffId;
    }

    public LocalDate getAwayOn() {
        return awayOn;
    }
}
