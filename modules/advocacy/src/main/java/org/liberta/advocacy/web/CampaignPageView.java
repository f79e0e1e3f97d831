package org.liberta.advocacy.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.advocacy.internal.application.AdvocacyService.CampaignDetail;
import org.liberta.advocacy.internal.application.AdvocacyService.OutcomeDetail;
import org.liberta.advocacy.internal.application.AdvocacyService.StakeholderDetail;
import org.liberta.advocacy.internal.application.AdvocacyService.TimelineEntry;
import org.liberta.advocacy.internal.application.AdvocacyService;
import org.liberta.advocacy.internal.application.BriefingPack;
import org.liberta.advocacy.internal.domain.CampaignStatus;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.ui.RecordPage;
import org.liberta.platform.api.ui.UiFeedback;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One campaign: the ask and its status, the outcomes, the briefing pack, and the timeline of engagements and
 * outcomes on one line. The stakeholder map ({@link CampaignMapView}), recording an outcome
 * ({@link CampaignOutcomeView}) and its evidence ({@link OutcomeEvidenceView}) have beans of their own.
 */
@Named("campaignPage")
@ViewScoped
public class CampaignPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Timeline entries the page shows (the REST timeline gives the same). */
    static final int TIMELINE_MAX = 2000;

    @Inject
    private AdvocacyService advocacy;

    @Inject
    private BriefingPack briefingPack;

    private Long id;
    private CampaignDetail campaign;
    private List<TimelineEntry> timeline = List.of();
    private List<OutcomeDetail> outcomes = List.of();
    private List<StakeholderDetail> people = List.of();
    private String status;

    /** f:viewAction: loads the campaign, or goes back to the advocacy page when it is not the caller's. */
    public void load() throws IOException {
        RecordPage.loadOrReturnTo("index.xhtml", () -> {
            campaign = advocacy.campaign(RecordPage.idOrNone(id));
            reload();
            people = advocacy.stakeholders(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                    .filter(s -> s.programme().equals(campaign.programme())).toList();
        });
    }

    /** Reads the campaign, its timeline and outcomes again after a change. */
    public void reload() {
        campaign = advocacy.campaign(campaign.id());
        status = campaign.status();
        timeline = advocacy.timeline(campaign.id(), TIMELINE_MAX);
        outcomes = advocacy.outcomesOf(campaign.id());
    }

    public void changeStatus() {
        if (UiFeedback.attempt(() -> advocacy.changeStatus(campaign.id(), new AdvocacyService.StatusChange(status)), null)) {
            UiFeedback.info(UiFeedback.text(AdvocacyMenu.BUNDLE, "campaign.statusChanged"));
        }
        reload();
    }

    public StreamedContent getBriefingPack() {
        long campaignId = campaign.id();
        return DefaultStreamedContent.builder().name("briefing-pack-" + campaignId + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(briefingPack.pdf(campaignId)))
                .build();
    }

    public CampaignStatus[] getStatuses() {
        return CampaignStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignDetail getCampaign() {
        return campaign;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public List<OutcomeDetail> getOutcomes() {
        return outcomes;
    }

    public List<StakeholderDetail> getPeople() {
        return people;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
