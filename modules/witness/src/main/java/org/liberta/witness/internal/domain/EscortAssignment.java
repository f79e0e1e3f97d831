package org.liberta.witness.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/** Who accompanies a witness to a hearing; one witness per staff member a day. */
@Entity(name = "EscortAssignment")
@Table(name = "wit_escort")
public class EscortAssignment extends VersionedEntity {

    @Column(name = "attendance_id", nullable = false)
    private long attendanceId;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "escort_on", nullable = false)
    private LocalDate escortOn;

    protected EscortAssignment() {
    }

    public EscortAssignment(Attendance attendance, long staffId) {
        this.attendanceId = attendance.getId();
        this.staffId = staffId;
        this.programmeId = attendance.getProgrammeId();
        this.escortOn = attendance.getHearingAt().toLocalDate();
    }

    /** The coordinator changes who goes. */
    public void reassign(long otherStaffId) {
        this.staffId = otherStaffId;
    }

    public long getAttendanceId() {
        return attendanceId;
    }

    public long getStaffId() {
        return staffId;
    }

    public LocalDate getEscortOn() {
        return escortOn;
    }
}
