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

    /** Stakeholders of the programmes whose name or organisation contains the text, by name, a page at a time. */
    List<Stakeholder> stakeholdersIn(Collection<Long> programmeIds, String text, int first, int max);

    long countStakeholdersIn(Collection<Long> programmeIds, String text);

    List<StakeholderRole> rolesOf(long stakeholderId);

    Optional<Campaign> campaign(long id);

    List<Campaign> campaignsIn(Collection<Long> programmeIds);

    Optional<Engagement> engagement(long id);

    /** Engagements of a campaign, newest first. */
    List<Engagement> engagementsOfCampaign(long campaignId, int max);

    List<Engagement> engagementsIn(Collection<Long> programmeIds, int first, int max);

    long countEngagementsIn(Collection<Long> programmeIds);

    List<FollowUp> followUpsOf(Collection<Long> engagementIds);

    Optional<FollowUp> followUp(long id);

    /** Open follow-ups a user owns that fell due before the day, soonest first. */
    List<FollowUp> overdueFollowUps(String owner, LocalDate today, int max);

    List<Outcome> outcomesOfCampaign(long campaignId);

    long countOutcomesOfCampaign(long campaignId);

    /** Engagements of the programmes in [from, to] counted by the key (kind, stakeholder kind or country). */
    long countEngagements(Collection<Long> programmeIds, LocalDate from, LocalDate to, String grouping, String value);

    long countOutcomes(Collection<Long> programmeIds, LocalDate from, LocalDate to, String grouping, String value);

    /** Campaigns of the programmes whose win (whole or partial) was recorded in [from, to]: an outcome in the period. */
    long countCampaignsWon(Collection<Long> programmeIds, LocalDate from, LocalDate to);
}
