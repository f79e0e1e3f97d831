package org.liberta.advocacy.internal.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.liberta.advocacy.internal.domain.SearchKind;
import org.liberta.advocacy.internal.domain.SearchWords;
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

    // ---- search: plain SQL, because the words table is an index rather than an entity

    /** Rows per insert statement: 5 parameters each stays far below any driver's limit. */
    private static final int ROWS_PER_INSERT = 500;

    @Override
    public void replaceSearchWords(SearchKind kind, long recordId, long programmeId, LocalDate sortsOn, Set<String> words) {
        em.createNativeQuery("delete from adv_search_token where record_kind = ? and record_id = ?")
                .setParameter(1, kind.name()).setParameter(2, recordId).executeUpdate();
        insertSearchWords(words.stream().map(w -> new SearchRow(kind, recordId, w, programmeId, sortsOn)).toList());
    }

    @Override
    public void insertSearchWords(List<SearchRow> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<SearchRow> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("insert into adv_search_token (record_kind, record_id, token,"
                    + " programme_id, record_on) values ");
            for (int i = 0; i < slice.size(); i++) {
                sql.append(i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
            }
            var insert = em.createNativeQuery(sql.toString());
            int p = 1;
            for (SearchRow row : slice) {
                insert.setParameter(p++, row.kind().name()).setParameter(p++, row.recordId()).setParameter(p++, row.word())
                        .setParameter(p++, row.programmeId()).setParameter(p++, java.sql.Date.valueOf(row.sortsOn()));
            }
            insert.executeUpdate();
        }
    }

    @Override
    public void deleteAllSearchWords() {
        em.createNativeQuery("delete from adv_search_token").executeUpdate();
    }

    @Override
    public boolean hasSearchWords() {
        return !em.createNativeQuery("select record_id from adv_search_token").setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<SearchKind.Match> search(Collection<Long> programmeIds, List<String> words, int first, int max) {
        if (programmeIds.isEmpty() || words.isEmpty()) {
            return List.of();
        }
        // The first (longest, so usually rarest) word walks the index; each other word is a look-up in the primary
        // key of the record it found. Programme ids are numbers from the caller's scope, written in as such.
        StringBuilder sql = new StringBuilder("select distinct t.record_kind, t.record_id, t.record_on"
                + " from adv_search_token t where ").append(wordCondition("t", 1, words.get(0)))
                .append(" and t.programme_id in (")
                .append(programmeIds.stream().map(String::valueOf).collect(Collectors.joining(", "))).append(")");
        for (int i = 1; i < words.size(); i++) {
            sql.append(" and exists (select 1 from adv_search_token u").append(i).append(" where u").append(i)
                    .append(".record_kind = t.record_kind and u").append(i).append(".record_id = t.record_id and ")
                    .append(wordCondition("u" + i, i + 1, words.get(i))).append(")");
        }
        sql.append(" order by t.record_on desc, t.record_id desc");
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            query.setParameter(i + 1, word.length() >= SearchWords.PREFIX_LENGTH ? word + "%" : word);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setFirstResult(first).setMaxResults(max).getResultList();
        return rows.stream().map(r -> new SearchKind.Match(SearchKind.valueOf((String) r[0]), ((Number) r[1]).longValue()))
                .toList();
    }

    private static String wordCondition(String alias, int parameter, String word) {
        return alias + ".token " + (word.length() >= SearchWords.PREFIX_LENGTH ? "like" : "=") + " ?" + parameter;
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
