package org.liberta.advocacy.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.advocacy.internal.application.AdvocacyService.CampaignView;
import org.liberta.advocacy.internal.application.AdvocacyService.NewOutcome;
import org.liberta.advocacy.internal.application.AdvocacyService.OutcomeView;
import org.liberta.advocacy.internal.application.AdvocacyService.StakeholderView;
import org.liberta.advocacy.internal.application.AdvocacyService.TimelineEntry;
import org.liberta.advocacy.internal.application.AdvocacyService;
import org.liberta.advocacy.internal.application.BriefingPack;
import org.liberta.advocacy.internal.application.EvidenceService;
import org.liberta.advocacy.internal.application.StakeholderMapService.MapEntry;
import org.liberta.advocacy.internal.application.StakeholderMapService.Placement;
import org.liberta.advocacy.internal.application.StakeholderMapService.StakeholderMap;
import org.liberta.advocacy.internal.application.StakeholderMapService;
import org.liberta.advocacy.internal.domain.CampaignStatus;
import org.liberta.advocacy.internal.domain.EvidenceInfo;
import org.liberta.advocacy.internal.domain.MapQuadrant;
import org.liberta.advocacy.internal.domain.Outcome;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.ui.RecordPage;
import org.liberta.platform.api.ui.UiFeedback;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One campaign: the ask and its status, the stakeholder map (who to equip, persuade, answer or keep informed),
 * the outcomes with their evidence, the briefing pack, and the timeline of engagements and outcomes on one line.
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
    private StakeholderMapService maps;

    @Inject
    private EvidenceService evidence;

    @Inject
    private BriefingPack briefingPack;

    private Long id;
    private CampaignView campaign;
    private List<TimelineEntry> timeline = List.of();
    private StakeholderMap map;
    private List<OutcomeView> outcomes = List.of();
    private Map<Long, List<EvidenceInfo>> evidenceByOutcome = Map.of();
    private List<StakeholderView> people = List.of();
    private String status;
    private Long placeWho;
    private Integer placeInfluence = 3;
    private Integer placeStance = 3;
    private Long evidenceFor;
    private LocalDate outcomeDate = LocalDate.now();
    private String outcomeDescription;
    private String outcomeForWhom;
    private String outcomeSignificance = Outcome.Significance.MEDIUM.name();
    private String outcomeContribution = Outcome.Contribution.SHARED.name();
    private String outcomeHow;
    private String outcomeLink;
    private boolean outcomeConfirmed;

    /** f:viewAction: loads the campaign, or goes back to the advocacy page when it is not the caller's. */
    public void load() throws IOException {
        RecordPage.loadOrReturnTo("index.xhtml", () -> {
            campaign = advocacy.campaign(RecordPage.idOrNone(id));
            reload();
            people = advocacy.stakeholders(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                    .filter(s -> s.programme().equals(campaign.programme())).toList();
        });
    }

    private void reload() {
        campaign = advocacy.campaign(campaign.id());
        status = campaign.status();
        timeline = advocacy.timeline(campaign.id(), TIMELINE_MAX);
        map = maps.map(campaign.id());
        outcomes = advocacy.outcomesOf(campaign.id());
        evidenceByOutcome = evidence.evidenceOfCampaign(campaign.id());
        if (evidenceFor == null && !outcomes.isEmpty()) {
            evidenceFor = outcomes.get(0).id();
        }
    }

    public void changeStatus() {
        if (UiFeedback.attempt(() -> advocacy.changeStatus(campaign.id(), status), null)) {
            UiFeedback.info(UiFeedback.text(AdvocacyMenu.BUNDLE, "campaign.statusChanged"));
        }
        reload();
    }

    public void place() {
        Long version = map.placed().stream().filter(e -> e.stakeholder() == (placeWho == null ? -1 : placeWho)
                && e.placedOnCampaign()).map(MapEntry::version).findFirst().orElse(null);
        if (placeWho == null) {
            UiFeedback.error(UiFeedback.text(AdvocacyMenu.BUNDLE, "map.who") + ": "
                    + UiFeedback.text("ui.required"));
            return;
        }
        if (UiFeedback.attempt(() -> maps.place(campaign.id(), placeWho,
                new Placement(placeInfluence, placeStance, version)), null)) {
            UiFeedback.info(UiFeedback.text(AdvocacyMenu.BUNDLE, "map.placed"));
            reload();
        }
    }

    public void recordOutcome() {
        NewOutcome o = new NewOutcome(null, null, outcomeDate, outcomeDescription, outcomeForWhom,
                outcomeSignificance, outcomeContribution, outcomeHow, outcomeLink, outcomeConfirmed, null, campaign.id());
        if (UiFeedback.attempt(() -> evidenceFor = advocacy.recordOutcome(o).id(), null)) {
            UiFeedback.info(UiFeedback.text(AdvocacyMenu.BUNDLE, "outcome.saved"));
            outcomeDescription = null;
            outcomeForWhom = null;
            outcomeHow = null;
            outcomeLink = null;
            outcomeConfirmed = false;
            reload();
        }
    }

    /** A file chosen as evidence of the outcome selected beside the upload. */
    public void uploadEvidence(FileUploadEvent event) {
        if (evidenceFor == null) {
            UiFeedback.error(UiFeedback.text(AdvocacyMenu.BUNDLE, "evidence.outcome") + ": "
                    + UiFeedback.text("ui.required"));
            return;
        }
        if (UiFeedback.attempt(() -> evidence.upload(evidenceFor, event.getFile().getFileName(),
                new ByteArrayInputStream(event.getFile().getContent())), null)) {
            UiFeedback.info(UiFeedback.text(AdvocacyMenu.BUNDLE, "evidence.saved"));
            reload();
        }
    }

    public StreamedContent evidenceFile(long evidenceId) {
        EvidenceService.EvidenceFile file = evidence.download(evidenceId);
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }

    public StreamedContent getBriefingPack() {
        long campaignId = campaign.id();
        return DefaultStreamedContent.builder().name("briefing-pack-" + campaignId + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(briefingPack.pdf(campaignId)))
                .build();
    }

    /** The stakeholders of one quadrant of the map, most influential first. */
    public List<MapEntry> quadrant(String quadrant) {
        return map.placed().stream().filter(e -> quadrant.equals(e.quadrant())).toList();
    }

    public MapQuadrant[] getQuadrants() {
        return MapQuadrant.values();
    }

    public List<EvidenceInfo> evidenceOf(long outcomeId) {
        return evidenceByOutcome.getOrDefault(outcomeId, List.of());
    }

    public CampaignStatus[] getStatuses() {
        return CampaignStatus.values();
    }

    public Outcome.Significance[] getSignificances() {
        return Outcome.Significance.values();
    }

    public Outcome.Contribution[] getContributions() {
        return Outcome.Contribution.values();
    }

    public int[] getScale() {
        return new int[] {1, 2, 3, 4, 5};
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public StakeholderMap getMap() {
        return map;
    }

    public List<OutcomeView> getOutcomes() {
        return outcomes;
    }

    public List<StakeholderView> getPeople() {
        return people;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getPlaceWho() {
        return placeWho;
    }

    public void setPlaceWho(Long placeWho) {
        this.placeWho = placeWho;
    }

    public Integer getPlaceInfluence() {
        return placeInfluence;
    }

    public void setPlaceInfluence(Integer placeInfluence) {
        this.placeInfluence = placeInfluence;
    }

    public Integer getPlaceStance() {
        return placeStance;
    }

    public void setPlaceStance(Integer placeStance) {
        this.placeStance = placeStance;
    }

    public Long getEvidenceFor() {
        return evidenceFor;
    }

    public void setEvidenceFor(Long evidenceFor) {
        this.evidenceFor = evidenceFor;
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
