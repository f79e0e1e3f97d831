package org.liberta.advocacy.internal.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.advocacy.internal.domain.AdvocacyRepository;
import org.liberta.advocacy.internal.domain.Campaign;
import org.liberta.advocacy.internal.domain.CampaignStatus;
import org.liberta.advocacy.internal.domain.Engagement;
import org.liberta.advocacy.internal.domain.Evidence;
import org.liberta.advocacy.internal.domain.EvidenceInfo;
import org.liberta.advocacy.internal.domain.Outcome;
import org.liberta.platform.api.persistence.JpaStore;

@ApplicationScoped
public class JpaAdvocacyRepository extends JpaStore implements AdvocacyRepository {

    @Override
    public Optional<Campaign> campaign(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id));
    }

    @Override
    public List<Campaign> campaignsIn(Collection<Long> programmeIds) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select c from Campaign c where c.programmeId in :p"
                + " order by c.title", Campaign.class).setParameter("p", programmeIds).getResultList();
    }

    @Override
    public Optional<Campaign> campaignTitled(Collection<Long> programmeIds, String title) {
        return programmeIds.isEmpty() ? Optional.empty() : em.createQuery("select c from Campaign c"
                + " where c.programmeId in :p and lower(c.title) = :t order by c.id", Campaign.class)
                .setParameter("p", programmeIds).setParameter("t", title.toLowerCase(Locale.ROOT)).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Engagement> engagement(long id) {
        return Optional.ofNullable(em.find(Engagement.class, id));
    }

    @Override
    public List<Engagement> engagementsOfCampaign(long campaignId, int max) {
        return em.createQuery("select e from Engagement e where e.campaignId = :c order by e.occurredOn desc, e.id desc",
                Engagement.class).setParameter("c", campaignId).setMaxResults(max).getResultList();
    }

    @Override
    public List<Engagement> engagementsIn(Collection<Long> programmeIds, int first, int max) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select e from Engagement e where e.programmeId in :p"
                + " order by e.occurredOn desc, e.id desc", Engagement.class).setParameter("p", programmeIds)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countEngagementsIn(Collection<Long> programmeIds) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(e) from Engagement e where e.programmeId in :p",
                Long.class).setParameter("p", programmeIds).getSingleResult();
    }

    /** An active campaign is quiet when no engagement was logged for it after the day. */
    private static final String QUIET_CAMPAIGNS = " from Campaign c where c.programmeId in :p and c.status = :active"
            + " and not exists (select e.id from Engagement e where e.campaignId = c.id and e.occurredOn > :day)";

    @Override
    public List<Campaign> campaignsQuietSince(Collection<Long> programmeIds, LocalDate day) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select c" + QUIET_CAMPAIGNS + " order by c.title",
                Campaign.class).setParameter("p", programmeIds).setParameter("active", CampaignStatus.ACTIVE)
                .setParameter("day", day).getResultList();
    }

    @Override
    public long countCampaignsQuietSince(Collection<Long> programmeIds, LocalDate day) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(c)" + QUIET_CAMPAIGNS, Long.class)
                .setParameter("p", programmeIds).setParameter("active", CampaignStatus.ACTIVE).setParameter("day", day)
                .getSingleResult();
    }

    @Override
    public List<Outcome> outcomesOfCampaign(long campaignId) {
        return em.createQuery("select o from Outcome o where o.campaignId = :c order by o.occurredOn desc, o.id desc",
                Outcome.class).setParameter("c", campaignId).getResultList();
    }

    @Override
    public long countOutcomesOfCampaign(long campaignId) {
        return em.createQuery("select count(o) from Outcome o where o.campaignId = :c", Long.class)
                .setParameter("c", campaignId).getSingleResult();
    }

    @Override
    public List<Campaign> campaigns(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select c from Campaign c where c.id in :ids", Campaign.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Engagement> engagements(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select e from Engagement e where e.id in :ids", Engagement.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Outcome> outcomes(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select o from Outcome o where o.id in :ids", Outcome.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public Optional<Outcome> outcome(long id) {
        return Optional.ofNullable(em.find(Outcome.class, id));
    }

    @Override
    public <T> List<T> recordsAfter(Class<T> type, long afterId, int max) {
        String entity = em.getMetamodel().entity(type).getName();
        return em.createQuery("select r from " + entity + " r where r.id > :after order by r.id", type)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    // ---- evidence

    @Override
    public List<EvidenceInfo> evidenceOf(Collection<Long> outcomeIds) {
        return outcomeIds.isEmpty() ? List.of() : em.createQuery("select new org.liberta.advocacy.internal.domain"
                + ".EvidenceInfo(v.id, v.outcomeId, v.fileName, v.contentType, v.sizeBytes,"
                + " v.uploadedBy, v.uploadedAt) from OutcomeEvidence v where v.outcomeId in :o order by v.id",
                EvidenceInfo.class).setParameter("o", outcomeIds).getResultList();
    }

    @Override
    public Optional<Evidence> evidence(long id) {
        return Optional.ofNullable(em.find(Evidence.class, id));
    }
}
