package org.liberta.courts.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.courts.api.CaseStage;
import org.liberta.courts.api.ChargingDecision;
import org.liberta.platform.api.domain.VersionedEntity;

/** One step of a case's stage history: the stage, the day it was reached, and a decision with its reason. */
@Entity(name = "StageChange")
@Table(name = "crt_stage_change")
public class StageChange extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 40)
    private CaseStage stage;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 30)
    private ChargingDecision decision;

    @Column(name = "reason", length = 1000)
    private String reason;

    protected StageChange() {
    }

    public StageChange(long caseId, CaseStage stage, LocalDate changedOn, ChargingDecision decision, String reason) {
        this.caseId = caseId;
        this.stage = stage;
        this.changedOn = changedOn;
        this.decision = decision;
        this.reason = reason;
    }

    public long getCaseId() {
        return caseId;
    }

    public CaseStage getStage() {
        return stage;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public ChargingDecision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }
}
