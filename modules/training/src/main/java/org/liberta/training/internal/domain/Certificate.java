package org.liberta.training.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * A certificate of completion. Anyone holding its code can check it; it may expire (the course's validity), be
 * revoked (with a reason) or be re-issued (the old one then points at its replacement and no longer verifies).
 */
@Entity(name = "Certificate")
@Table(name = "trn_certificate")
public class Certificate extends VersionedEntity {

    /** What a verification says. */
    public enum Status { VALID, EXPIRED, REVOKED, REPLACED }

    @Column(name = "attendance_id", nullable = false)
    private long attendanceId;

    @Column(name = "professional_id", nullable = false)
    private long professionalId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "code", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revoked_reason", length = 300)
    private String revokedReason;

    @Column(name = "replaced_by")
    private Long replacedBy;

    protected Certificate() {
    }

    public Certificate(TrainingAttendance attendance, String code, LocalDate issuedOn, LocalDate expiresOn) {
        this.attendanceId = attendance.getId();
        this.professionalId = attendance.getProfessionalId();
        this.sessionId = attendance.getSessionId();
        this.programmeId = attendance.getProgrammeId();
        this.code = code;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
    }

    public Status status(LocalDate today) {
        if (replacedBy != null) {
            return Status.REPLACED;
        }
        if (revokedOn != null) {
            return Status.REVOKED;
        }
        return expiresOn != null && expiresOn.isBefore(today) ? Status.EXPIRED : Status.VALID;
    }

    public boolean isLive() {
        return replacedBy == null && revokedOn == null;
    }

    public void revoke(LocalDate on, String reason) {
        revokedOn = on;
        revokedReason = reason;
    }

    /** After a merge: the certificate stands for the surviving record's attendance. */
    public void belongsTo(TrainingAttendance attendance) {
        this.attendanceId = attendance.getId();
        this.professionalId = attendance.getProfessionalId();
    }

    public void replacedBy(long certificateId) {
        replacedBy = certificateId;
    }

    public long getAttendanceId() {
        return attendanceId;
    }

    public long getProfessionalId() {
        return professionalId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public String getRevokedReason() {
        return revokedReason;
    }

    public Long getReplacedBy() {
        return replacedBy;
    }
}
