package org.liberta.advocacy.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * An outcome harvested: what changed, for whom, when; how significant; how much of it was the charity's doing and
 * how; the evidence, and whether someone independent confirmed it.
 */
@Entity(name = "Outcome")
@Table(name = "adv_outcome")
public class Outcome extends VersionedEntity {

    public enum Significance { LOW, MEDIUM, HIGH }

    public enum Contribution { SOLE, MAJOR, SHARED, MINOR }

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "for_whom", length = 300)
    private String forWhom;

    @Enumerated(EnumType.STRING)
    @Column(name = "significance", nullable = false, length = 10)
    private Significance significance;

    @Enumerated(EnumType.STRING)
    @Column(name = "contribution", nullable = false, length = 10)
    private Contribution contribution;

    @Column(name = "contribution_how", length = 2000)
    private String contributionHow;

    @Column(name = "evidence_link", length = 500)
    private String evidenceLink;

    @Column(name = "independently_confirmed", nullable = false)
    private boolean independentlyConfirmed;

    protected Outcome() {
    }

    public Outcome(long programmeId, Long campaignId, LocalDate occurredOn, String description, String forWhom,
            Significance significance, Contribution contribution, String contributionHow, String evidenceLink,
            boolean independentlyConfirmed) {
        this.programmeId = programmeId;
        this.campaignId = campaignId;
        this.occurredOn = occurredOn;
        this.description = description;
        this.forWhom = forWhom;
        this.significance = significance;
        this.contribution = contribution;
        this.contributionHow = contributionHow;
        this.evidenceLink = evidenceLink;
        this.independentlyConfirmed = independentlyConfirmed;
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

    public String getDescription() {
        return description;
    }

    public String getForWhom() {
        return forWhom;
    }

    public Significance getSignificance() {
        return significance;
    }

    public Contribution getContribution() {
        return contribution;
    }

    public String getContributionHow() {
        return contributionHow;
    }

    public String getEvidenceLink() {
        return evidenceLink;
    }

    public boolean isIndependentlyConfirmed() {
        return independentlyConfirmed;
    }
}
