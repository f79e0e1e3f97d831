package org.liberta.witness.internal.domain;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/** A reminder to a witness about a hearing, waiting in the outbox until its time (stored in UTC). */
@Entity(name = "Reminder")
@Table(name = "wit_reminder")
public class Reminder extends VersionedEntity {

    public enum Channel { EMAIL, SMS }

    public enum State { PENDING, SENT, FAILED, DROPPED }

    /** A failed send is tried this many times, with back-off, before staff are asked to call instead. */
    public static final int MAX_ATTEMPTS = 3;

    @Column(name = "attendance_id", nullable = false)
    private long attendanceId;

    @Column(name = "hearing_id", nullable = false)
    private long hearingId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "witness_id", nullable = false)
    private long witnessId;

    @Column(name = "hearing_at", nullable = false)
    private LocalDateTime hearingAt;

    @Column(name = "offset_code", nullable = false, length = 10)
    private String offsetCode;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private State state = State.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 80)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 400)
    private String lastError;

    protected Reminder() {
    }

    public Reminder(Attendance attendance, String offsetCode, Instant dueAt, Channel channel) {
        this.attendanceId = attendance.getId();
        this.hearingId = attendance.getHearingId();
        this.programmeId = attendance.getProgrammeId();
        this.witnessId = attendance.getWitnessId();
        this.hearingAt = attendance.getHearingAt();
        this.offsetCode = offsetCode;
        this.dueAt = dueAt;
        this.nextAttemptAt = dueAt;
        this.channel = channel;
    }

    public void sent(Instant at) {
        state = State.SENT;
        sentAt = at;
        releaseClaim();
    }

    /** A failed attempt: tried again after 1, 5 and 25 minutes' back-off; then it has failed for good. */
    public boolean failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(400, error.length()));
        releaseClaim();
        if (attempts >= MAX_ATTEMPTS) {
            state = State.FAILED;
            return true;
        }
        nextAttemptAt = now.plusSeconds(60L * (long) Math.pow(5, attempts - 1));
        return false;
    }

    public void drop(String why) {
        state = State.DROPPED;
        lastError = why;
        releaseClaim();
    }

    /** Not now (outside the witness's safe hours): tried again at {@code at}, not counted as an attempt. */
    public void postpone(Instant at) {
        nextAttemptAt = at;
        releaseClaim();
    }

    /** Goes by the channel the witness asked for. */
    public void sendBy(Channel preferred) {
        channel = preferred;
    }

    private void releaseClaim() {
        claimedBy = null;
        claimedUntil = null;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public long getAttendanceId() {
        return attendanceId;
    }

    public long getHearingId() {
        return hearingId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public long getWitnessId() {
        return witnessId;
    }

    public LocalDateTime getHearingAt() {
        return hearingAt;
    }

    public String getOffsetCode() {
        return offsetCode;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Channel getChannel() {
        return channel;
    }

    public State getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** Whether {@code instance} holds the claim on this reminder at {@code now} (a claim that ran out is nobody's). */
    public boolean isClaimedBy(String instance, Instant now) {
        return instance.equals(claimedBy) && claimedUntil != null && claimedUntil.isAfter(now);
    }
}
