package org.liberta.advocacy.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.advocacy.internal.application.AdvocacySearch;
import org.liberta.advocacy.internal.application.AdvocacyService;
import org.liberta.advocacy.internal.application.AdvocacyService.CampaignView;
import org.liberta.advocacy.internal.application.AdvocacyService.EngagementView;
import org.liberta.advocacy.internal.application.AdvocacyService.FollowUpView;
import org.liberta.advocacy.internal.application.AdvocacyService.NewEngagement;
import org.liberta.advocacy.internal.application.AdvocacyService.NewFollowUp;
import org.liberta.advocacy.internal.application.AdvocacyService.StakeholderView;
import org.liberta.advocacy.internal.domain.EngagementKind;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.ui.PagedLazyModel;
import org.liberta.platform.api.ui.UiFeedback;

/**
 * The advocacy home: log an engagement in one short form (date, type, campaign, who was met, what was said, a
 * follow-up), my follow-ups due, the latest engagements and the campaigns (?quiet=true: only those gone quiet).
 */
@Named
@ViewScoped
public class AdvocacyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdvocacyService advocacy;

    @Inject
    private AdvocacySearch search;

    private LocalDate date = LocalDate.now();
    private String type = EngagementKind.MEETING.name();
    private Long campaign;
    private List<String> stakeholders = new ArrayList<>();
    private String programme;
    private String summary;
    private String followUp;
    private LocalDate followUpDue;
    private List<CampaignView> campaigns;
    private List<StakeholderView> people;
    private List<FollowUpView> overdue;
    private boolean quiet;
    private List<CampaignView> quietCampaigns;
    private PagedLazyModel<EngagementView> engagements;
    private String query;
    private AdvocacySearch.Hits hits;
    private int hitsPage;

    @PostConstruct
    void init() {
        campaigns = advocacy.campaigns();
        people = advocacy.stakeholders(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        engagements = new PagedLazyModel<>(advocacy::engagements, EngagementView::id);
        overdue = advocacy.myFollowUpsDue();
        programme = getProgrammes().isEmpty() ? null : getProgrammes().get(0);
    }

    /** The caller's programmes' codes, for engagements outside any campaign. */
    public List<String> getProgrammes() {
        return people.stream().map(StakeholderView::programme).distinct().sorted().toList();
    }

    /** Logs the engagement (and its follow-up, if one was typed); the form is cleared for the next one. */
    public void log() {
        List<NewFollowUp> followUps = followUp == null || followUp.isBlank() ? List.of()
                : List.of(new NewFollowUp(followUp, followUpDue, null));
        List<Long> met = stakeholders.stream().map(Long::valueOf).toList();
        NewEngagement e = new NewEngagement(campaign == null ? programme : null, null, date, type, met, summary,
                followUps, null, null, null, campaign);
        if (UiFeedback.attempt(() -> advocacy.logEngagement(e), null)) {
            UiFeedback.info(UiFeedback.text(AdvocacyMenu.BUNDLE, "log.saved"));
            summary = null;
            followUp = null;
            followUpDue = null;
            stakeholders = new ArrayList<>();
            overdue = advocacy.myFollowUpsDue();
        }
    }

    /** Searches stakeholders, campaigns, engagements and outcomes for every word typed, from the first page. */
    public void search() {
        hitsPage = 0;
        runSearch();
    }

    public void moreHits() {
        hitsPage++;
        runSearch();
    }

    public void earlierHits() {
        hitsPage = Math.max(0, hitsPage - 1);
        runSearch();
    }

    private void runSearch() {
        hits = null;
        UiFeedback.attempt(() -> hits = search.search(query, PageRequest.of(hitsPage, 20)), null);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public AdvocacySearch.Hits getHits() {
        return hits;
    }

    public void done(long followUpId) {
        if (UiFeedback.attempt(() -> advocacy.followUpDone(followUpId), null)) {
            overdue = advocacy.myFollowUpsDue();
        }
    }

    public EngagementKind[] getTypes() {
        return EngagementKind.values();
    }

    public List<CampaignView> getCampaigns() {
        return campaigns;
    }

    /** The campaigns table: every campaign, or with ?quiet=true those without activity for 60 days. */
    public List<CampaignView> getCampaignTable() {
        if (!quiet) {
            return campaigns;
        }
        if (quietCampaigns == null) {
            quietCampaigns = advocacy.quietCampaigns();
        }
        return quietCampaigns;
    }

    public boolean isQuiet() {
        return quiet;
    }

    public void setQuiet(boolean quiet) {
        this.quiet = quiet;
    }

    public List<StakeholderView> getPeople() {
        return people;
    }

    public List<FollowUpView> getOverdue() {
        return overdue;
    }

    public PagedLazyModel<EngagementView> getEngagements() {
        return engagements;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }

    public List<String> getStakeholders() {
        return stakeholders;
    }

    public void setStakeholders(List<String> stakeholders) {
        this.stakeholders = stakeholders;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

    public LocalDate getFollowUpDue() {
        return followUpDue;
    }

    public void setFollowUpDue(LocalDate followUpDue) {
        this.followUpDue = followUpDue;
    }
}
