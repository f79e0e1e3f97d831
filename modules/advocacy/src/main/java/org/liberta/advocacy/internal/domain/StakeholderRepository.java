package org.liberta.advocacy.internal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finding stakeholders: by id or name, by text among a caller's programmes, their roles over time, and who was met at
 * which engagements. Saved through {@link AdvocacyRepository#save}.
 */
public interface StakeholderRepository {

    Optional<Stakeholder> stakeholder(long id);

    Map<Long, Stakeholder> stakeholders(Collection<Long> ids);

    /** A programme's stakeholder of that name, whatever its case. */
    Optional<Stakeholder> stakeholderNamed(long programmeId, String name);

    /** Stakeholders of the programmes whose name or organisation contains the text, by name, a page at a time. */
    List<Stakeholder> stakeholdersIn(Collection<Long> programmeIds, String text, int first, int max);

    long countStakeholdersIn(Collection<Long> programmeIds, String text);

    List<StakeholderRole> rolesOf(long stakeholderId);

    // ---- who was met, many engagements at once (views, timeline, search results)

    /** The stakeholders met at each of the engagements, in one query. */
    Map<Long, List<Long>> stakeholdersMet(Collection<Long> engagementIds);

    /** The stakeholders met at each engagement of a campaign, in one query. */
    Map<Long, List<Long>> stakeholdersMetForCampaign(long campaignId);
}
