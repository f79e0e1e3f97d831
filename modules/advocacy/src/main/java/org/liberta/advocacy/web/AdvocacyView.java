package org.liberta.advocacy.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.advocacy.internal.application.AdvocacyService.CampaignDetail;
import org.liberta.advocacy.internal.application.AdvocacyService.EngagementDetail;
import org.liberta.advocacy.internal.application.AdvocacyService.FollowUpDetail;
import org.liberta.advocacy.internal.application.AdvocacyService.StakeholderDetail;
import org.liberta.advocacy.internal.application.AdvocacyService;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.ui.PagedLazyModel;
import org.liberta.platform.api.ui.UiFeedback;

/**
 * The advocacy home: my follow-ups due, the latest engagements and the campaigns (?quiet=true: only those gone
 * quiet). Logging an engagement ({@link EngagementLogView}) and search ({@link AdvocacySearchView}) have beans of
 * their own.
 */
@Named
@ViewScoped
public class AdvocacyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdvocacyService advocacy;

    private List<CampaignDetail> campaigns;
    private List<StakeholderDetail> people;
    private List<FollowUpDetail> overdue;
    private boolean quiet;
    private List<CampaignDetail> quietCampaigns;
    private PagedLazyModel<EngagementDetail> engagements;

    @PostConstruct
    void init() {
        campaigns = advocacy.campaigns();
        people = advocacy.stakeholders(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        engagements = new PagedLazyModel<>(advocacy::engagements, EngagementDetail::id);
        overdue = advocacy.myFollowUpsDue();
    }

    /** The caller's programmes' codes, for engagements outside any campaign. */
    public List<String> getProgrammes() {
        return people.stream().map(StakeholderDetail::programme).distinct().sorted().toList();
    }

    public void done(long followUpId) {
        if (UiFeedback.attempt(() -> advocacy.followUpDone(followUpId), null)) {
            refreshFollowUps();
        }
    }

    /** Reads my follow-ups due again (one was done, or an engagement logged with one). */
    void refreshFollowUps() {
        overdue = advocacy.myFollowUpsDue();
    }

    public List<CampaignDetail> getCampaigns() {
        return campaigns;
    }

    /** The campaigns table: every campaign, or with ?quiet=true those without activity for 60 days. */
    public List<CampaignDetail> getCampaignTable() {
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

    public List<StakeholderDetail> getPeople() {
        return people;
    }

    public List<FollowUpDetail> getOverdue() {
        return overdue;
    }

    public PagedLazyModel<EngagementDetail> getEngagements() {
        return engagements;
    }
}
