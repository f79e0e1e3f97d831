package org.liberta.advocacy.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * Where one stakeholder stands on one campaign: a minister may be powerful and hostile on one ask and a quiet ally
 * on another. Influence 1 (little say) to 5 (decides); stance 1 (opposed) to 5 (champion).
 */
@Entity(name = "CampaignPosition")
@Table(name = "adv_campaign_position")
public class CampaignPosition extends VersionedEntity {

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "stakeholder_id", nullable = false)
    private long stakeholderId;

    @Column(name = "influence", nullable = false)
    private int influence;

    @Column(name = "stance", nullable = false)
    private int stance;

    protected CampaignPosition() {
    }

    public CampaignPosition(long campaignId, long stakeholderId, int influence, int stance) {
        this.campaignId = campaignId;
        this.stakeholderId = stakeholderId;
        this.influence = influence;
        this.stance = stance;
    }

    public void moveTo(int influence, int stance) {
        this.influence = influence;
        this.stance = stance;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getStakeholderId() {
        return stakeholderId;
    }

    public int getInfluence() {
        return influence;
    }

    public int getStance() {
        return stance;
    }
}
