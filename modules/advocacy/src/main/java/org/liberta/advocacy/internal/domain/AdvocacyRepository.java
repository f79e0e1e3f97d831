package org.liberta.advocacy.internal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Storage of campaigns, engagements, outcomes and their evidence, and the one place any advocacy record is saved.
 * Stakeholders, follow-ups and the stakeholder map have repositories of their own; the figures are in
 * {@code AdvocacyFigureQueries}, the search index in {@code SearchWordsRepository}.
 */
public interface AdvocacyRepository {

    <T> T save(T entity);

    void flush();

    Optional<Campaign> campaign(long id);

    List<Campaign> campaignsIn(Collection<Long> programmeIds);

    /** The campaign of the programmes with this title, ignoring case (the oldest, should two share one). */
    Optional<Campaign> campaignTitled(Collection<Long> programmeIds, String title);

    Optional<Engagement> engagement(long id);

    /** Engagements of a campaign, newest first. */
    List<Engagement> engagementsOfCampaign(long campaignId, int max);

    List<Engagement> engagementsIn(Collection<Long> programmeIds, int first, int max);

    long countEngagementsIn(Collection<Long> programmeIds);

    /** Active campaigns of the programmes with no engagement logged after the day, by title. */
    List<Campaign> campaignsQuietSince(Collection<Long> programmeIds, LocalDate day);

    long countCampaignsQuietSince(Collection<Long> programmeIds, LocalDate day);

    List<Outcome> outcomesOfCampaign(long campaignId);

    long countOutcomesOfCampaign(long campaignId);

    List<Campaign> campaigns(Collection<Long> ids);

    List<Engagement> engagements(Collection<Long> ids);

    List<Outcome> outcomes(Collection<Long> ids);

    Optional<Outcome> outcome(long id);

    /** Records of a kind after an id, by id: the rebuild's pages. */
    <T> List<T> recordsAfter(Class<T> type, long afterId, int max);

    // ---- evidence

    List<EvidenceInfo> evidenceOf(Collection<Long> outcomeIds);

    Optional<Evidence> evidence(long id);
}
