package org.liberta.advocacy.internal.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.advocacy.internal.domain.SearchKind;
import org.liberta.advocacy.internal.domain.SearchWords;
import org.liberta.advocacy.internal.domain.SearchWordsRepository;

/** The search index in SQL: one row per word and record, read by prefix ranges of its index. */
@ApplicationScoped
public class JpaSearchWordsRepository implements SearchWordsRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

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
}
