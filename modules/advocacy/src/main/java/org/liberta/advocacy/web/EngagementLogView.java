package org.liberta.advocacy.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.advocacy.internal.application.AdvocacyService;
import org.liberta.advocacy.internal.application.AdvocacyService.NewEngagement;
import org.liberta.advocacy.internal.application.AdvocacyService.NewFollowUp;
import org.liberta.advocacy.internal.domain.EngagementKind;
import org.liberta.platform.api.ui.UiFeedback;

/**
 * Logging an engagement in one short form: date, type, campaign (or, outside any campaign, the programme), who was
 * met, what was said, and a follow-up; the form is cleared for the next one.
 */
@Named
@ViewScoped
public class EngagementLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdvocacyView page;

    @Inject
    private AdvocacyService advocacy;

    private LocalDate date = LocalDate.now();
    private String type = EngagementKind.MEETING.name();
    private Long campaign;
    private List<String> stakeholders = new ArrayList<>();
    private String programme;
    private String summary;
    private String followUp;
    private LocalDate followUpDue;

    @PostConstruct
    void init() {
        List<String> programmes = page.getProgrammes();
        programme = programmes.isEmpty() ? null : programmes.get(0);
    }

    /** Logs the engagement (and its follow-up, if one was typed). */
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
            page.refreshFollowUps();
        }
    }

    public EngagementKind[] getTypes() {
        return EngagementKind.values();
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
