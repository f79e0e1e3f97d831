package org.liberta.courts.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.courts.api.VerdictOutcome;
import org.liberta.courts.internal.application.CourtCaseService;
import org.liberta.platform.api.ui.UiFeedback;

/** Records the verdict on one accused: the outcome, its day, the sentence and any compensation ordered. */
@Named
@ViewScoped
public class VerdictView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseView page;

    @Inject
    private CourtCaseService cases;

    private Long verdictAccusedId;
    private VerdictOutcome verdict = VerdictOutcome.CONVICTED;
    private LocalDate verdictDate = LocalDate.now();
    private String verdictReason;
    private String sentence;
    private BigDecimal compensation;

    /** The page asks for the reason for an acquittal (the charity's practice); the API takes a verdict without it. */
    public void recordVerdict() {
        if (verdict == VerdictOutcome.ACQUITTED && (verdictReason == null || verdictReason.isBlank())) {
            UiFeedback.error(CaseView.text("verdict.reasonNeeded"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        page.record(() -> cases.recordVerdict(page.getCourtCase().id(), verdictAccusedId == null ? -1 : verdictAccusedId,
                new CourtCaseService.Verdict(verdictDate, verdict, verdictReason, sentence, compensation)));
    }

    public VerdictOutcome[] getVerdicts() {
        return VerdictOutcome.values();
    }

    public Long getVerdictAccusedId() {
        return verdictAccusedId;
    }

    public void setVerdictAccusedId(Long verdictAccusedId) {
        this.verdictAccusedId = verdictAccusedId;
    }

    public VerdictOutcome getVerdict() {
        return verdict;
    }

    public void setVerdict(VerdictOutcome verdict) {
        this.verdict = verdict;
    }

    public LocalDate getVerdictDate() {
        return verdictDate;
    }

    public void setVerdictDate(LocalDate verdictDate) {
        this.verdictDate = verdictDate;
    }

    public String getVerdictReason() {
        return verdictReason;
    }

    public void setVerdictReason(String verdictReason) {
        this.verdictReason = verdictReason;
    }

    public String getSentence() {
        return sentence;
    }

    public void setSentence(String sentence) {
        this.sentence = sentence;
    }

    public BigDecimal getCompensation() {
        return compensation;
    }

    public void setCompensation(BigDecimal compensation) {
        this.compensation = compensation;
    }
}
