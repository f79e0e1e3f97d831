package org.liberta.advocacy.internal.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.advocacy.internal.domain.AdvocacyRepository;
import org.liberta.advocacy.internal.domain.CampaignPosition;
import org.liberta.advocacy.internal.domain.Evidence;
import org.liberta.advocacy.internal.domain.EvidenceInfo;
import org.liberta.advocacy.internal.domain.Campaign;
import org.liberta.advocacy.internal.domain.CampaignStatus;
import org.liberta.advocacy.internal.domain.Engagement;
import org.liberta.advocacy.internal.domain.FollowUp;
import org.liberta.advocacy.internal.domain.Outcome;
import org.liberta.advocacy.internal.domain.Stakeholder;
import org.liberta.advocacy.internal.domain.StakeholderRole;

@ApplicationScoped
public class JpaAdvocacyRepository implements AdvocacyRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public <T> T save(T entity) {
        em.persist(entity);
        return entity;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Stakeholder> stakeholder(long id) {
        return Optional.ofNullable(em.find(Stakeholder.class, id));
    }

    @Override
    public Map<Long, Stakeholder> stakeholders(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : em.createQuery("select s from Stakeholder s where s.id in :ids", Stakeholder.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Stakeholder::getId, Function.identity()));
    }

    @Override
    public Optional<Stakeholder> stakeholderNamed(long programmeId, String name) {
        return em.createQuery("select s from Stakeholder s where s.programmeId = :p and lower(s.name) = :n order by s.id",
                Stakeholder.class).setParameter("p", programmeId).setParameter("n", name.toLowerCase(Locale.ROOT))
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Stakeholder> stakeholdersIn(Collection<Long> programmeIds, String text, int first, int max) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select s from Stakeholder s where s.programmeId in :p"
                + " and (lower(s.name) like :t or lower(s.organisation) like :t) order by s.name, s.id", Stakeholder.class)
                .setParameter("p", programmeIds).setParameter("t", like(text)).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countStakeholdersIn(Collection<Long> programmeIds, String text) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(s) from Stakeholder s where s.programmeId in :p"
                + " and (lower(s.name) like :t or lower(s.organisation) like :t)", Long.class)
                .setParameter("p", programmeIds).setParameter("t", like(text)).getSingleResult();
    }

    private static String like(String text) {
        return "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "")) + "%";
    }

    @Override
    public List<StakeholderRole> rolesOf(long stakeholderId) {
        return em.createQuery("select r from StakeholderRole r where r.stakeholderId = :s order by r.untilOn desc, r.id desc",
                StakeholderRole.class).setParameter("s", stakeholderId).getResultList();
    }

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

    @Override
    public List<FollowUp> followUpsOf(Collection<Long> engagementIds) {
        return engagementIds.isEmpty() ? List.of() : em.createQuery("select f from AdvocacyFollowUp f where f.engagementId in :e"
                + " order by f.dueOn, f.id", FollowUp.class).setParameter("e", engagementIds).getResultList();
    }

    @Override
    public Optional<FollowUp> followUp(long id) {
        return Optional.ofNullable(em.find(FollowUp.class, id));
    }

    @Override
    public List<FollowUp> followUpsDueBefore(String owner, Collection<Long> programmeIds, LocalDate day, int max) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select f" + FOLLOW_UPS_DUE + " order by f.dueOn, f.id",
                FollowUp.class).setParameter("o", owner).setParameter("p", programmeIds).setParameter("day", day)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long countFollowUpsDueBefore(String owner, Collection<Long> programmeIds, LocalDate day) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(f)" + FOLLOW_UPS_DUE, Long.class)
                .setParameter("o", owner).setParameter("p", programmeIds).setParameter("day", day).getSingleResult();
    }

    private static final String FOLLOW_UPS_DUE = " from AdvocacyFollowUp f where f.owner = :o and f.programmeId in :p"
            + " and f.doneOn is null and f.dueOn < :day";

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

    // ---- reading many at once

    @Override
    public Map<Long, List<Long>> stakeholdersMet(Collection<Long> engagementIds) {
        return engagementIds.isEmpty() ? Map.of() : links(em.createQuery("select e.id, s from Engagement e"
                + " join e.stakeholderIds s where e.id in :ids", Object[].class).setParameter("ids", engagementIds)
                .getResultList());
    }

    @Override
    public Map<Long, List<Long>> stakeholdersMetForCampaign(long campaignId) {
        return links(em.createQuery("select e.id, s from Engagement e join e.stakeholderIds s where e.campaignId = :c",
                Object[].class).setParameter("c", campaignId).getResultList());
    }

    private static Map<Long, List<Long>> links(List<Object[]> rows) {
        Map<Long, List<Long>> links = new LinkedHashMap<>();
        for (Object[] row : rows) {
            links.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(((Number) row[1]).longValue());
        }
        return links;
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

    // ---- stakeholder map

    @Override
    public List<CampaignPosition> positionsOn(long campaignId) {
        return em.createQuery("select p from CampaignPosition p where p.campaignId = :c", CampaignPosition.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public Optional<CampaignPosition> position(long campaignId, long stakeholderId) {
        return em.createQuery("select p from CampaignPosition p where p.campaignId = :c and p.stakeholderId = :s",
                CampaignPosition.class).setParameter("c", campaignId).setParameter("s", stakeholderId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Object[]> engagementsByKind(long campaignId) {
        return em.createQuery("select e.kind, count(e) from Engagement e where e.campaignId = :c group by e.kind"
                + " order by count(e) desc", Object[].class).setParameter("c", campaignId).getResultList();
    }

    @Override
    public List<Object[]> engagementsPerStakeholder(long campaignId) {
        return em.createQuery("select s, count(e), max(e.occurredOn) from Engagement e join e.stakeholderIds s"
                + " where e.campaignId = :c group by s", Object[].class).setParameter("c", campaignId).getResultList();
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
