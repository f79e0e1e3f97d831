package org.liberta.courts.internal.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.liberta.courts.api.AdjournmentReason;
import org.liberta.courts.api.CaseStage;
import org.liberta.courts.api.ChargingDecision;
import org.liberta.platform.api.domain.VersionedEntity;

/**
 * A prosecution the charity supports, in one court under one case number. Besides its own facts it keeps the
 * working facts of the lawyer's list (next hearing, last adjournment reason, accused count), updated as hearings
 * and accused are recorded, so "my cases" sorts and filters without joins.
 */
@Entity(name = "CourtCase")
@Table(name = "crt_case")
public class CourtCase extends VersionedEntity {

    /** Pending cases are in the backlog; disposed ones have an outcome for every accused (or were dropped). */
    public enum Status { PENDING, DISPOSED }

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "case_number", nullable = false, length = 80)
    private String caseNumber;

    @Column(name = "court_id", nullable = false)
    private long courtId;

    @Column(name = "district", length = 120)
    private String district;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 40)
    private CaseStage stage;

    @Column(name = "stage_since", nullable = false)
    private LocalDate stageSince;

    /** The day the trial began (the first trial stage), from which statutory time limits run. */
    @Column(name = "trial_started_on")
    private LocalDate trialStartedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(name = "disposed_on")
    private LocalDate disposedOn;

    /** How the case ended: VERDICTS, NO_FURTHER_ACTION, … */
    @Column(name = "disposal", length = 40)
    private String disposal;

    @Column(name = "disposition_days")
    private Integer dispositionDays;

    @Column(name = "support_start")
    private LocalDate supportStart;

    @Column(name = "support_end")
    private LocalDate supportEnd;

    @Column(name = "next_hearing_at")
    private LocalDateTime nextHearingAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_adjournment_reason", length = 40)
    private AdjournmentReason lastAdjournmentReason;

    @Column(name = "accused_count", nullable = false)
    private int accusedCount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "crt_case_offence", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "offence", nullable = false, length = 200)
    private Set<String> offences = new HashSet<>();

    /** Survivors who are victims in the case, by casework id (shown by pseudonym through casework.api). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "crt_case_victim", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "survivor_id", nullable = false)
    private Set<Long> victimSurvivorIds = new HashSet<>();

    protected CourtCase() {
    }

    public CourtCase(long programmeId, String caseNumber, long courtId, String district, LocalDate filedOn,
            CaseStage firstStage, LocalDate supportStart, LocalDate supportEnd, Set<String> offences,
            Set<Long> victimSurvivorIds) {
        this.programmeId = programmeId;
        this.caseNumber = caseNumber;
        this.courtId = courtId;
        this.district = district;
        this.filedOn = filedOn;
        this.stage = firstStage;
        this.stageSince = filedOn;
        this.trialStartedOn = firstStage.isTrial() ? filedOn : null;
        this.supportStart = supportStart;
        this.supportEnd = supportEnd;
        this.offences.addAll(offences);
        this.victimSurvivorIds.addAll(victimSurvivorIds);
    }

    /**
     * Moves the case on to a stage of its track on a day and answers the record of the move to keep; a CPS "no
     * further action" ends the case that day. Which moves a track allows is {@link StageRules}' to say (it needs
     * the track and today), checked before.
     */
    public StageChange advance(CaseStage next, LocalDate on, ChargingDecision decision, String reason) {
        moveTo(next, on);
        if (decision == ChargingDecision.NO_FURTHER_ACTION) {
            dispose(on, "NO_FURTHER_ACTION");
        }
        return new StageChange(getId(), next, on, decision, reason);
    }

    private void moveTo(CaseStage next, LocalDate on) {
        stage = next;
        stageSince = on;
        if (next.isTrial() && trialStartedOn == null) {
            trialStartedOn = on;
        }
    }

    public void dispose(LocalDate on, String how) {
        status = Status.DISPOSED;
        disposedOn = on;
        disposal = how;
        dispositionDays = (int) java.time.temporal.ChronoUnit.DAYS.between(filedOn, on);
        nextHearingAt = null;
    }

    /** Adds offences not yet charged in the case; answers whether any was new. */
    public boolean charge(Set<String> more) {
        return offences.addAll(more);
    }

    /** Sets the district where it was missing or differs; answers whether it changed. */
    public boolean locateIn(String newDistrict) {
        if (newDistrict == null || newDistrict.equals(district)) {
            return false;
        }
        district = newDistrict;
        return true;
    }

    public void accusedAdded() {
        accusedCount++;
    }

    /** The lawyer's list shows the next setting and why the last one fell through. */
    public void nextHearing(LocalDateTime at) {
        this.nextHearingAt = at;
    }

    public void adjourned(AdjournmentReason reason) {
        this.lastAdjournmentReason = reason;
    }

    public void supportedBetween(LocalDate start, LocalDate end) {
        this.supportStart = start;
        this.supportEnd = end;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public long getCourtId() {
        return courtId;
    }

    public String getDistrict() {
        return district;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public CaseStage getStage() {
        return stage;
    }

    public LocalDate getTrialStartedOn() {
        return trialStartedOn;
    }

    public LocalDate getStageSince() {
        return stageSince;
    }

    public Status getStatus() {
        return status;
    }

    /**
     * Whether a hearing on {@code day} can be recorded: any day while the case is pending, and on a disposed case any
     * day up to the disposal, as its history (a lawyer catching up, or a migration, enters a case in any order).
     * Only a hearing after the disposal is refused.
     */
    public boolean takesHearingOn(LocalDate day) {
        return disposedOn == null || !day.isAfter(disposedOn);
    }

    public LocalDate getDisposedOn() {
        return disposedOn;
    }

    public String getDisposal() {
        return disposal;
    }

    public LocalDate getSupportStart() {
        return supportStart;
    }

    public LocalDate getSupportEnd() {
        return supportEnd;
    }

    public LocalDateTime getNextHearingAt() {
        return nextHearingAt;
    }

    public AdjournmentReason getLastAdjournmentReason() {
        return lastAdjournmentReason;
    }

    public int getAccusedCount() {
        return accusedCount;
    }

    public Set<String> getOffences() {
        return new TreeSet<>(offences);
    }

    public Set<Long> getVictimSurvivorIds() {
        return new TreeSet<>(victimSurvivorIds);
    }
}
