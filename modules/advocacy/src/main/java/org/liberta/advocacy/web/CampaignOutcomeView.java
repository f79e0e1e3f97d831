package org.liberta.advocacy.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.advocacy.internal.application.AdvocacyService;
import org.liberta.advocacy.internal.application.AdvocacyService.NewOutcome;
import org.liberta.advocacy.internal.domain.Outcome;
import org.liberta.platform.api.ui.UiFeedback;

/** Records an outcome of the campaign; the evidence upload beside it then points at the new outcome. */
@Named("campaignOutcome")
@ViewScoped
public class CampaignOutcomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignPageView page;

    @Inject
    private OutcomeEvidenceView evidence;

    @Inject
    private AdvocacyService advocacy;

    private LocalDate outcomeDate = LocalDate.now();
    private String outcomeDescription;
    private String outcomeForWhom;
    private String outcomeSignificance = Outcome.Significance.MEDIUM.name();
    private String outcomeContribution = Outcome.Contribution.SHARED.name();
    private String outcomeHow;
    private String outcomeLink;
    private boolean outcomeConfirmed;

    public void recordOutcome() {
        NewOutcome o = new NewOutcome(null, null, outcomeDate, outcomeDescription, outcomeForWhom, outcomeSignificance,
                outcomeContribution, outcomeHow, outcomeLink, outcomeConfirmed, null, page.getCampaign().id());
        if (UiFeedback.attempt(() -> evidence.setEvidenceFor(advocacy.recordOutcome(o).id()), null)) {
            UiFeedback.info(UiFeedback.text(AdvocacyMenu.BUNDLE, "outcome.saved"));
            outcomeDescription = null;
            outcomeForWhom = null;
            outcomeHow = null;
            outcomeLink = null;
            outcomeConfirmed = false;
            page.reload();
        }
    }

    public Outcome.Significance[] getSignificances() {
        return Outcome.Significance.values();
    }

    public Outcome.Contribution[] getContributions() {
        return Outcome.Contribution.values();
    }

    public LocalDate getOutcomeDate() {
        return outcomeDate;
    }

    public void setOutcomeDate(LocalDate outcomeDate) {
        this.outcomeDate = outcomeDate;
    }

    public String getOutcomeDescription() {
        return outcomeDescription;
    }

    public void setOutcomeDescription(String outcomeDescription) {
        this.outcomeDescription = outcomeDescription;
    }

    public String getOutcomeForWhom() {
        return outcomeForWhom;
    }

    public void setOutcomeForWhom(String outcomeForWhom) {
        this.outcomeForWhom = outcomeForWhom;
    }

    public String getOutcomeSignificance() {
        return outcomeSignificance;
    }

    public void setOutcomeSignificance(String outcomeSignificance) {
        this.outcomeSignificance = outcomeSignificance;
    }

    public String getOutcomeContribution() {
        return outcomeContribution;
    }

    public void setOutcomeContribution(String outcomeContribution) {
        this.outcomeContribution = outcomeContribution;
    }

    public String getOutcomeHow() {
        return outcomeHow;
    }

    public void setOutcomeHow(String outcomeHow) {
        this.outcomeHow = outcomeHow;
    }

    public String getOutcomeLink() {
        return outcomeLink;
    }

    public void setOutcomeLink(String outcomeLink) {
        this.outcomeLink = outcomeLink;
    }

    public boolean isOutcomeConfirmed() {
        return outcomeConfirmed;
    }

    public void setOutcomeConfirmed(boolean outcomeConfirmed) {
        this.outcomeConfirmed = outcomeConfirmed;
    }
}
