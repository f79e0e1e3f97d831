package org.liberta.advocacy.internal.domain;

import java.util.List;
import java.util.Optional;

/**
 * The statements behind a campaign's stakeholder map: where each stakeholder stands, and how often and how they were
 * engaged. Positions are saved through {@link AdvocacyRepository#save}.
 */
public interface StakeholderMapRepository {

    List<CampaignPosition> positionsOn(long campaignId);

    Optional<CampaignPosition> position(long campaignId, long stakeholderId);

    /** A campaign's engagements counted by type: [type, count]. */
    List<Object[]> engagementsByKind(long campaignId);

    /** Per stakeholder met on the campaign: [stakeholder id, engagements, last engaged on]. */
    List<Object[]> engagementsPerStakeholder(long campaignId);
}
