package org.liberta.witness.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.courts.api.HearingId;
import org.liberta.platform.api.domain.VersionedEntity;

/** Something a staff member does for a witness before (or after) a hearing, due on a day. */
@Entity(name = "WitnessTask")
@Table(name = "wit_task")
public class WitnessTask extends VersionedEntity {

    /** What the task is; the needs assessment decides which a witness gets. */
    public enum Kind {
        CALL, BOOK_TRANSPORT, ASSIGN_ESCORT, ARRANGE_LODGING, PAY_ALLOWANCE, ARRANGE_CHILDCARE, BOOK_INTERPRETER,
        CHECK_SAFETY, INFORM_OUTCOME
    }

    public enum State { OPEN, DONE, CANCELLED }

    @Column(name = "attendance_id", nullable = false)
    private long attendanceId;

    @Column(name = "hearing_id", nullable = false)
    private long hearingId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "hearing_at", nullable = false)
    private LocalDateTime hearingAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private State state = State.OPEN;

    @Column(name = "result", length = 30)
    private String result;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "done_by", length = 80)
    private String doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    protected WitnessTask() {
    }

    public WitnessTask(Attendance attendance, Kind kind, LocalDate dueOn) {
        this.attendanceId = attendance.getId();
        this.hearingId = attendance.getHearingId();
        this.programmeId = attendance.getProgrammeId();
        this.hearingAt = attendance.getHearingAt();
        this.kind = kind;
        this.dueOn = dueOn;
    }

    /** Records the task done, once: doing it again changes nothing and answers false. */
    public boolean complete(String result, String note, String by) {
        if (state != State.OPEN) {
            return false;
        }
        state = State.DONE;
        this.result = result;
        this.note = note;
        this.doneBy = by;
        this.doneAt = Instant.now();
        return true;
    }

    public void cancel() {
        if (state == State.OPEN) {
            state = State.CANCELLED;
        }
    }

    public long getAttendanceId() {
        return attendanceId;
    }

    public long getHearingId() {
        return hearingId;
    }

    /** The hearing as the courts module names it. */
    public HearingId hearing() {
        return HearingId.of(hearingId);
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public LocalDateTime getHearingAt() {
        return hearingAt;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public State getState() {
        return state;
    }

    public String getResult() {
        return result;
    }

    public String getNote() {
        return note;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
