package org.liberta.courts.internal.domain;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.courts.api.AdjournmentReason;
import org.liberta.courts.api.HearingPurpose;
import org.liberta.courts.api.WitnessRole;
import org.liberta.platform.api.domain.VersionedEntity;

/**
 * A setting of a case in court, at a date and time in the court's own time zone. Once the day has come it either
 * went ahead (HELD) or was adjourned for a coded reason to a next setting.
 */
@Entity(name = "Hearing")
@Table(name = "crt_hearing")
public class Hearing extends VersionedEntity {

    public enum Outcome { HELD, ADJOURNED }

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "scheduled_at", nullable = false)
    private LocalDateTime scheduledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 30)
    private HearingPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 12)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "adjournment_reason", length = 40)
    private AdjournmentReason adjournmentReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "absent_witness", length = 20)
    private WitnessRole absentWitness;

    @Column(name = "reason_text", length = 1000)
    private String reasonText;

    @Column(name = "next_hearing_id")
    private Long nextHearingId;

    protected Hearing() {
    }

    public Hearing(CourtCase courtCase, LocalDateTime scheduledAt, HearingPurpose purpose) {
        this.caseId = courtCase.getId();
        this.programmeId = courtCase.getProgrammeId();
        this.scheduledAt = scheduledAt;
        this.purpose = purpose;
    }

    /** The hearing went ahead; {@code next} is the setting the court gave for the case's return, if any. */
    public void held(Hearing next) {
        outcome = Outcome.HELD;
        nextHearingId = next == null ? null : next.getId();
    }

    public void adjourned(AdjournmentReason reason, WitnessRole absent, String text, Hearing next) {
        outcome = Outcome.ADJOURNED;
        adjournmentReason = reason;
        absentWitness = absent;
        reasonText = text;
        // An imported history may not say when the case came back; the next row of the file is its own hearing.
        nextHearingId = next == null ? null : next.getId();
    }

    public long getCaseId() {
        return caseId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public LocalDateTime getScheduledAt() {
        return scheduledAt;
    }

    public HearingPurpose getPurpose() {
        return purpose;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public AdjournmentReason getAdjournmentReason() {
        return adjournmentReason;
    }

    public WitnessRole getAbsentWitness() {
        return absentWitness;
    }

    public String getReasonText() {
        return reasonText;
    }

    public Long getNextHearingId() {
        return nextHearingId;
    }
}
