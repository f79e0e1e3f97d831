package org.liberta.courts.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.courts.api.CaseStage;
import org.liberta.courts.api.ChargingDecision;
import org.liberta.courts.api.Track;
import org.liberta.courts.internal.application.CourtCaseService;

/** Moves the case to a later stage of its track, with the charging decision and the reason where the stage asks. */
@Named
@ViewScoped
public class CaseStageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseView page;

    @Inject
    private CourtCaseService cases;

    private CaseStage nextStage;
    private LocalDate stageDate = LocalDate.now();
    private ChargingDecision decision;
    private String stageReason;

    public void moveStage() {
        page.record(() -> cases.moveStage(page.getCourtCase().id(),
                new CourtCaseService.StageMove(nextStage, stageDate, decision, stageReason)));
    }

    /** The stages still ahead of the case on its track. */
    public List<CaseStage> getNextStages() {
        if (page.getCourtCase() == null) {
            return List.of();
        }
        CaseStage now = page.getCourtCase().stage();
        Track track = now.track();
        return Arrays.stream(CaseStage.values()).filter(s -> s.track() == track && s.step() > now.step()).toList();
    }

    public ChargingDecision[] getDecisions() {
        return ChargingDecision.values();
    }

    public CaseStage getNextStage() {
        return nextStage;
    }

    public void setNextStage(CaseStage nextStage) {
        this.nextStage = nextStage;
    }

    public LocalDate getStageDate() {
        return stageDate;
    }

    public void setStageDate(LocalDate stageDate) {
        this.stageDate = stageDate;
    }

    public ChargingDecision getDecision() {
        return decision;
    }

    public void setDecision(ChargingDecision decision) {
        this.decision = decision;
    }

    public String getStageReason() {
        return stageReason;
    }

    public void setStageReason(String stageReason) {
        this.stageReason = stageReason;
    }
}
