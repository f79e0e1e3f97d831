package org.liberta.advocacy.internal.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.advocacy.internal.domain.AdvocacyRepository;
import org.liberta.advocacy.internal.domain.Campaign;
import org.liberta.advocacy.internal.domain.CampaignStatus;
import org.liberta.advocacy.internal.domain.Engagement;
import org.liberta.advocacy.internal.domain.EngagementKind;
import org.liberta.advocacy.internal.domain.FollowUp;
import org.liberta.advocacy.internal.domain.Outcome;
import org.liberta.advocacy.internal.domain.Stakeholder;
import org.liberta.advocacy.internal.domain.StakeholderKind;
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
    public List<FollowUp> overdueFollowUps(String owner, LocalDate today, int max) {
        return em.createQuery("select f from AdvocacyFollowUp f where f.owner = :o and f.doneOn is null and f.dueOn < :today"
                + " order by f.dueOn, f.id", FollowUp.class).setParameter("o", owner).setParameter("today", today)
                .setMaxResults(max).getResultList();
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
    public long countEngagements(Collection<Long> programmeIds, LocalDate from, LocalDate to, String grouping,
            String value) {
        if (programmeIds.isEmpty()) {
            return 0;
        }
        // An engagement with two ministers counts once for ministers.
        String base = " from Engagement e where e.programmeId in :p and e.occurredOn >= :from and e.occurredOn <= :to";
        var query = switch (grouping) {
            case "all" -> em.createQuery("select count(e)" + base, Long.class);
            case "kind" -> em.createQuery("select count(e)" + base + " and e.kind = :v", Long.class)
                    .setParameter("v", EngagementKind.valueOf(value));
            case "stakeholderKind" -> em.createQuery("select count(distinct e) from Engagement e join e.stakeholderIds"
                    + " sid, Stakeholder s where s.id = sid and e.programmeId in :p and e.occurredOn >= :from"
                    + " and e.occurredOn <= :to and s.kind = :v", Long.class).setParameter("v", StakeholderKind.valueOf(value));
            case "country" -> em.createQuery("select count(distinct e) from Engagement e join e.stakeholderIds sid,"
                    + " Stakeholder s where s.id = sid and e.programmeId in :p and e.occurredOn >= :from"
                    + " and e.occurredOn <= :to and s.country = :v", Long.class).setParameter("v", value);
            default -> throw new IllegalArgumentException(grouping);
        };
        return query.setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public long countOutcomes(Collection<Long> programmeIds, LocalDate from, LocalDate to, String grouping, String value) {
        if (programmeIds.isEmpty()) {
            return 0;
        }
        String base = "select count(o) from Outcome o where o.programmeId in :p and o.occurredOn >= :from"
                + " and o.occurredOn <= :to";
        var query = switch (grouping) {
            case "all" -> em.createQuery(base, Long.class);
            case "significance" -> em.createQuery(base + " and o.significance = :v", Long.class)
                    .setParameter("v", Outcome.Significance.valueOf(value));
            case "contribution" -> em.createQuery(base + " and o.contribution = :v", Long.class)
                    .setParameter("v", Outcome.Contribution.valueOf(value));
            default -> throw new IllegalArgumentException(grouping);
        };
        return query.setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public long countCampaignsWon(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(distinct c) from Campaign c, Outcome o where"
                + " o.campaignId = c.id and c.programmeId in :p and c.status in :won and o.occurredOn >= :from"
                + " and o.occurredOn <= :to", Long.class).setParameter("p", programmeIds)
                .setParameter("won", List.of(CampaignStatus.WON, CampaignStatus.PARTLY_WON))
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }
}
