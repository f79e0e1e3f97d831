package org.liberta.advocacy.internal.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/** A meeting, letter, roundtable, evidence or event: when, with whom, for which campaign, and what was said. */
@Entity(name = "Engagement")
@Table(name = "adv_engagement")
public class Engagement extends VersionedEntity {

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private EngagementKind kind;

    @Column(name = "summary", nullable = false, length = 2000)
    private String summary;

    @Column(name = "logged_by", nullable = false, length = 100)
    private String loggedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "adv_engagement_stakeholder", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "stakeholder_id")
    private Set<Long> stakeholderIds = new LinkedHashSet<>();

    protected Engagement() {
    }

    public Engagement(long programmeId, Long campaignId, LocalDate occurredOn, EngagementKind kind, String summary,
            String loggedBy, Set<Long> stakeholderIds) {
        this.programmeId = programmeId;
        this.campaignId = campaignId;
        this.occurredOn = occurredOn;
        this.kind = kind;
        this.summary = summary;
        this.loggedBy = loggedBy;
        this.stakeholderIds.addAll(stakeholderIds);
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public EngagementKind getKind() {
        return kind;
    }

    public String getSummary() {
        return summary;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public Set<Long> getStakeholderIds() {
        return stakeholderIds;
    }
}
