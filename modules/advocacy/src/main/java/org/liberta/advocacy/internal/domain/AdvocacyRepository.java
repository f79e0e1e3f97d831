package org.liberta.advocacy.internal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of stakeholders, campaigns, engagements, follow-ups and outcomes; the JPA implementation holds every query. */
public interface AdvocacyRepository {

    <T> T save(T entity);

    void flush();

    Optional<Stakeholder> stakeholder(long id);

    Map<Long, Stakeholder> stakeholders(Collection<Long> ids);

    /** A programme's stakeholder of that name, whatever its case. */
    Optional<Stakeholder> stakeholderNamed(long programmeId, String name);

    /** Stakeholders of the programmes whose name or organisation contains the text, by name, a page at a time. */
    List<Stakeholder> stakeholdersIn(Collection<Long> programmeIds, String text, int first, int max);

    long countStakeholdersIn(Collection<Long> programmeIds, String text);

    List<StakeholderRole> rolesOf(long stakeholderId);

    Optional<Campaign> campaign(long id);

    List<Campaign> campaignsIn(Collection<Long> programmeIds);

    /** The campaign of the programmes with this title, ignoring case (the oldest, should two share one). */
    Optional<Campaign> campaignTitled(Collection<Long> programmeIds, String title);

    Optional<Engagement> engagement(long id);

    /** Engagements of a campaign, newest first. */
    List<Engagement> engagementsOfCampaign(long campaignId, int max);

    List<Engagement> engagementsIn(Collection<Long> programmeIds, int first, int max);

    long countEngagementsIn(Collection<Long> programmeIds);

    List<FollowUp> followUpsOf(Collection<Long> engagementIds);

    Optional<FollowUp> followUp(long id);

    /** Open follow-ups a user owns in the programmes that fall due before the day, soonest first. */
    List<FollowUp> followUpsDueBefore(String owner, Collection<Long> programmeIds, LocalDate day, int max);

    long countFollowUpsDueBefore(String owner, Collection<Long> programmeIds, LocalDate day);

    /** Active campaigns of the programmes with no engagement logged after the day, by title. */
    List<Campaign> campaignsQuietSince(Collection<Long> programmeIds, LocalDate day);

    long countCampaignsQuietSince(Collection<Long> programmeIds, LocalDate day);

    List<Outcome> outcomesOfCampaign(long campaignId);

    long countOutcomesOfCampaign(long campaignId);

    // ---- reading many at once (views, timeline, search results)

    /** The stakeholders met at each of the engagements, in one query. */
    Map<Long, List<Long>> stakeholdersMet(Collection<Long> engagementIds);

    /** The stakeholders met at each engagement of a campaign, in one query. */
    Map<Long, List<Long>> stakeholdersMetForCampaign(long campaignId);

    List<Campaign> campaigns(Collection<Long> ids);

    List<Engagement> engagements(Collection<Long> ids);

    List<Outcome> outcomes(Collection<Long> ids);

    Optional<Outcome> outcome(long id);

    /** Records of a kind after an id, by id: the rebuild's pages. */
    <T> List<T> recordsAfter(Class<T> type, long afterId, int max);

    // ---- stakeholder map

    List<CampaignPosition> positionsOn(long campaignId);

    Optional<CampaignPosition> position(long campaignId, long stakeholderId);

    /** A campaign's engagements counted by type: [type, count]. */
    List<Object[]> engagementsByKind(long campaignId);

    /** Per stakeholder met on the campaign: [stakeholder id, engagements, last engaged on]. */
    List<Object[]> engagementsPerStakeholder(long campaignId);

    // ---- evidence

    List<EvidenceInfo> evidenceOf(Collection<Long> outcomeIds);

    Optional<Evidence> evidence(long id);
}
