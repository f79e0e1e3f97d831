package org.liberta.witness.internal.domain;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.courts.api.HearingId;
import org.liberta.courts.api.WitnessId;
import org.liberta.platform.api.domain.VersionedEntity;

/** One required witness on the way to one hearing: where they stand, and how the day went. */
@Entity(name = "Attendance")
@Table(name = "wit_attendance")
public class Attendance extends VersionedEntity {

    /** The readiness ladder, in order; the last two record the day itself. */
    public enum Status {
        IDENTIFIED, NOTIFIED, CONFIRMED, TRANSPORT_BOOKED, ESCORT_ASSIGNED, ARRIVED, EXAMINED, NOT_EXAMINED;

        public boolean isConfirmed() {
            return ordinal() >= CONFIRMED.ordinal() && this != NOT_EXAMINED;
        }
    }

    @Column(name = "hearing_id", nullable = false)
    private long hearingId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "witness_id", nullable = false)
    private long witnessId;

    @Column(name = "hearing_at", nullable = false)
    private LocalDateTime hearingAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.IDENTIFIED;

    @Column(name = "contact_failures", nullable = false)
    private int contactFailures;

    @Column(name = "attended")
    private Boolean attended;

    @Column(name = "not_examined_reason", length = 400)
    private String notExaminedReason;

    /** The witness's role and the court, as planned: the figures group by them. */
    @Column(name = "witness_role", length = 20)
    private String witnessRole;

    @Column(name = "court_name", length = 200)
    private String courtName;

    /** When the witness first confirmed they will come (the ladder moves on past CONFIRMED; this stays). */
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** True until the attendance's reminders are planned (a positive flag: H2 and MySQL index it alike). */
    @Column(name = "plan_reminders", nullable = false)
    private boolean planReminders = true;

    protected Attendance() {
    }

    public Attendance(long hearingId, long caseId, long programmeId, long witnessId, LocalDateTime hearingAt) {
        this.hearingId = hearingId;
        this.caseId = caseId;
        this.programmeId = programmeId;
        this.witnessId = witnessId;
        this.hearingAt = hearingAt;
    }

    /** What the figures group by: the witness's role and the court sitting. */
    public Attendance describedAs(String role, String court) {
        this.witnessRole = role;
        this.courtName = court;
        return this;
    }

    /** Moves up the ladder; a later step never goes back to an earlier one (a late call changes nothing). */
    public boolean advanceTo(Status next) {
        if (next.ordinal() <= status.ordinal()) {
            return false;
        }
        status = next;
        if (confirmedAt == null && next.isConfirmed() && next != Status.ARRIVED && next != Status.EXAMINED) {
            confirmedAt = Instant.now();
        }
        return true;
    }

    public void remindersPlanned() {
        planReminders = false;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getWitnessRole() {
        return witnessRole;
    }

    public String getCourtName() {
        return courtName;
    }

    public void contactFailed() {
        contactFailures++;
    }

    public void attended(boolean came, String reason) {
        attended = came;
        if (came) {
            advanceTo(Status.ARRIVED);
        } else {
            status = Status.NOT_EXAMINED;
            notExaminedReason = reason;
        }
    }

    public void examined(boolean examined, String reason) {
        status = examined ? Status.EXAMINED : Status.NOT_EXAMINED;
        notExaminedReason = examined ? null : reason;
    }

    public long getHearingId() {
        return hearingId;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public long getWitnessId() {
        return witnessId;
    }

    /** The witness as the courts module names them, for asking it about them. */
    public WitnessId witness() {
        return WitnessId.of(witnessId);
    }

    /** The hearing as the courts module names it. */
    public HearingId hearing() {
        return HearingId.of(hearingId);
    }

    public LocalDateTime getHearingAt() {
        return hearingAt;
    }

    public Status getStatus() {
        return status;
    }

    public int getContactFailures() {
        return contactFailures;
    }

    public Boolean getAttended() {
        return attended;
    }

    public String getNotExaminedReason() {
        return notExaminedReason;
    }
}
