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
import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.Tally;
import org.liberta.platform.api.persistence.IndicatorRecords;
import org.liberta.platform.api.persistence.Tallies;

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

    @Override
    public Map<Long, Long> countEngagements(Collection<Long> programmeIds, LocalDate from, LocalDate to, String grouping,
            String value, Tally tally) {
        if (programmeIds.isEmpty()) {
            return Map.of();
        }
        // An engagement with two ministers counts once for ministers.
        String base = "from Engagement e where e.programmeId in :p and e.occurredOn >= :from and e.occurredOn <= :to";
        String met = "from Engagement e join e.stakeholderIds sid, Stakeholder s where s.id = sid and e.programmeId in :p"
                + " and e.occurredOn >= :from and e.occurredOn <= :to";
        return switch (grouping) {
            case "all" -> Tallies.run(tally, em.createQuery(tally.select("count(e)", "e.programmeId", base)),
                    programmeIds, from, to);
            case "kind" -> Tallies.run(tally, em.createQuery(tally.select("count(e)", "e.programmeId",
                    base + " and e.kind = :v")), programmeIds, from, to, "v", EngagementKind.valueOf(value));
            case "stakeholderKind" -> Tallies.run(tally, em.createQuery(tally.select("count(distinct e)", "e.programmeId",
                    met + " and s.kind = :v")), programmeIds, from, to, "v", StakeholderKind.valueOf(value));
            case "country" -> Tallies.run(tally, em.createQuery(tally.select("count(distinct e)", "e.programmeId",
                    met + " and s.country = :v")), programmeIds, from, to, "v", value);
            default -> throw new IllegalArgumentException(grouping);
        };
    }

    @Override
    public Map<Long, Long> countOutcomes(Collection<Long> programmeIds, LocalDate from, LocalDate to, String grouping,
            String value, Tally tally) {
        if (programmeIds.isEmpty()) {
            return Map.of();
        }
        return Tallies.run(tally, em.createQuery(tally.select("count(o)", "o.programmeId", "from Outcome o where "
                + OUTCOMES_IN_PERIOD + outcomeFilter(grouping))), programmeIds, from, to, outcomeValue(grouping, value));
    }

    /** Outcomes (o) of the programmes in [:from, :to]. */
    private static final String OUTCOMES_IN_PERIOD = "o.programmeId in :p and o.occurredOn >= :from and o.occurredOn <= :to";

    private static String outcomeFilter(String grouping) {
        return switch (grouping) {
            case "all" -> "";
            case "significance" -> " and o.significance = :v";
            case "contribution" -> " and o.contribution = :v";
            default -> throw new IllegalArgumentException(grouping);
        };
    }

    private static Object[] outcomeValue(String grouping, String value) {
        return switch (grouping) {
            case "significance" -> new Object[] {"v", Outcome.Significance.valueOf(value)};
            case "contribution" -> new Object[] {"v", Outcome.Contribution.valueOf(value)};
            default -> new Object[0];
        };
    }

    @Override
    public Map<Long, Long> countCampaignsWon(Collection<Long> programmeIds, LocalDate from, LocalDate to, Tally tally) {
        return programmeIds.isEmpty() ? Map.of() : Tallies.run(tally, em.createQuery(tally.select("count(distinct c)",
                "c.programmeId", "from Campaign c, Outcome o where o.campaignId = c.id and c.programmeId in :p"
                + " and c.status in :won and o.occurredOn >= :from and o.occurredOn <= :to")), programmeIds, from, to,
                "won", List.of(CampaignStatus.WON, CampaignStatus.PARTLY_WON));
    }

    @Override
    public List<IndicatorRecord> engagementRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to, int first,
            int max) {
        return programmeIds.isEmpty() ? List.of() : IndicatorRecords.page(em.createQuery("select e.kind, e.programmeId,"
                + " e.occurredOn, e.summary from Engagement e where e.programmeId in :p and e.occurredOn >= :from"
                + " and e.occurredOn <= :to order by e.occurredOn, e.id", Object[].class), programmeIds, from, to, first,
                max);
    }

    @Override
    public List<IndicatorRecord> outcomeRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            String grouping, String value, int first, int max) {
        return programmeIds.isEmpty() ? List.of() : IndicatorRecords.page(em.createQuery("select o.significance,"
                + " o.programmeId, o.occurredOn, o.description from Outcome o where " + OUTCOMES_IN_PERIOD
                + outcomeFilter(grouping) + " order by o.occurredOn, o.id", Object[].class), programmeIds, from, to,
                first, max, outcomeValue(grouping, value));
    }

    @Override
    public List<IndicatorRecord> campaignsWonRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            int first, int max) {
        return programmeIds.isEmpty() ? List.of() : IndicatorRecords.page(em.createQuery("select c.title, c.programmeId,"
                + " max(o.occurredOn), c.ask from Campaign c, Outcome o where o.campaignId = c.id and c.programmeId in :p"
                + " and c.status in :won and o.occurredOn >= :from and o.occurredOn <= :to"
                + " group by c.id, c.title, c.programmeId, c.ask order by c.title, c.id", Object[].class), programmeIds,
                from, to, first, max, "won", List.of(CampaignStatus.WON, CampaignStatus.PARTLY_WON));
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

    /** Rows per JDBC batch. */
    private static final int ROWS_PER_BATCH = 1000;

    @Override
    public void replaceSearchWords(SearchKind kind, long recordId, long programmeId, LocalDate sortsOn, Set<String> words) {
        em.createNativeQuery("delete from adv_search_token where record_kind = ? and record_id = ?")
                .setParameter(1, kind.name()).setParameter(2, recordId).executeUpdate();
        insertSearchWords(words.stream().map(w -> new SearchRow(kind, recordId, w, programmeId, sortsOn)).toList());
    }

    /**
     * A JDBC batch on the transaction's own connection: a rebuild stores millions of rows, and a native query with
     * thousands of parameters costs EclipseLink time that grows with the square of their number.
     */
    @Override
    public void insertSearchWords(List<SearchRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        java.sql.Connection connection = em.unwrap(java.sql.Connection.class);
        try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into adv_search_token (record_kind,"
                + " record_id, token, programme_id, record_on) values (?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (SearchRow row : rows) {
                insert.setString(1, row.kind().name());
                insert.setLong(2, row.recordId());
                insert.setString(3, row.word());
                insert.setLong(4, row.programmeId());
                insert.setDate(5, java.sql.Date.valueOf(row.sortsOn()));
                insert.addBatch();
                if (++pending == ROWS_PER_BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (java.sql.SQLException e) {
            throw new jakarta.persistence.PersistenceException("search words not stored", e);
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

    /** Words a start of a word may stand for, read one by one; beyond this, the start is searched as a range. */
    private static final int MAX_EXPANSION = 20;

    @Override
    public List<SearchKind.Match> search(Collection<Long> programmeIds, List<String> words, int first, int max) {
        if (programmeIds.isEmpty() || words.isEmpty()) {
            return List.of();
        }
        // Each start of a word becomes the stored words it begins (one short index walk each); the word with the
        // fewest leads, the others are look-ups in the primary key of each record it finds.
        List<List<String>> expanded = new ArrayList<>();
        for (String word : words) {
            List<String> stored = word.length() >= SearchWords.PREFIX_LENGTH ? storedWordsStarting(word) : List.of(word);
            if (stored.isEmpty()) {
                return List.of(); // no record holds this word
            }
            expanded.add(stored);
        }
        int lead = 0;
        for (int i = 1; i < words.size(); i++) {
            if (expanded.get(i).size() < expanded.get(lead).size()) {
                lead = i;
            }
        }
        String scope = " and t.programme_id in (" + programmeIds.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + ")";
        List<Object> parameters = new ArrayList<>();
        StringBuilder others = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i != lead) {
                others.append(" and exists (select 1 from adv_search_token u where u.record_kind = t.record_kind")
                        .append(" and u.record_id = t.record_id and ").append(wordCondition("u", words.get(i))).append(")");
            }
        }
        String sql;
        if (expanded.get(lead).size() <= MAX_EXPANSION) {
            // Per stored word, its records newest first straight from the index, as many as the page needs; merged.
            List<String> parts = new ArrayList<>();
            for (String token : expanded.get(lead)) {
                parts.add("(select t.record_kind, t.record_id, t.record_on from adv_search_token t where t.token = ?"
                        + scope + others + " order by t.record_on desc, t.record_id desc limit " + (first + max) + ")");
                parameters.add(token);
                addWordParameters(parameters, words, lead);
            }
            sql = "select m.record_kind, m.record_id, max(m.record_on) from (" + String.join(" union all ", parts)
                    + ") m group by m.record_kind, m.record_id order by 3 desc, 2 desc limit " + max + " offset " + first;
        } else {
            // A short start that many words share: one range of the index, sorted.
            sql = "select distinct t.record_kind, t.record_id, t.record_on from adv_search_token t where "
                    + wordCondition("t", words.get(lead)) + scope + others
                    + " order by t.record_on desc, t.record_id desc limit " + max + " offset " + first;
            parameters.add(pattern(words.get(lead)));
            addWordParameters(parameters, words, lead);
        }
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new SearchKind.Match(SearchKind.valueOf((String) r[0]), ((Number) r[1]).longValue()))
                .toList();
    }

    /** The stored words a start of a word stands for, up to one more than are read one by one. */
    private List<String> storedWordsStarting(String start) {
        @SuppressWarnings("unchecked")
        List<String> words = em.createNativeQuery("select distinct token from adv_search_token where token like ?"
                + " order by token").setParameter(1, start + "%").setMaxResults(MAX_EXPANSION + 1).getResultList();
        return words;
    }

    private static void addWordParameters(List<Object> parameters, List<String> words, int lead) {
        for (int i = 0; i < words.size(); i++) {
            if (i != lead) {
                parameters.add(pattern(words.get(i)));
            }
        }
    }

    private static String pattern(String word) {
        return word.length() >= SearchWords.PREFIX_LENGTH ? word + "%" : word;
    }

    private static String wordCondition(String alias, String word) {
        return alias + ".token " + (word.length() >= SearchWords.PREFIX_LENGTH ? "like" : "=") + " ?";
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
