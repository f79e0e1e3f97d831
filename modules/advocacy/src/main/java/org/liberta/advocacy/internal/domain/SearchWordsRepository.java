package org.liberta.advocacy.internal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The search index of advocacy's records: the words of each stakeholder, campaign, engagement and outcome, kept
 * as they are saved, so that a search is a range of one index rather than a scan of every text. Apart from
 * {@link AdvocacyRepository}, which keeps the records themselves.
 */
public interface SearchWordsRepository {

    /** Replaces the words stored for one record. */
    void replaceSearchWords(SearchKind kind, long recordId, long programmeId, LocalDate sortsOn, Set<String> words);

    /** Stores the words of many records at once (a rebuild), the record's words already removed. */
    void insertSearchWords(List<SearchRow> rows);

    void deleteAllSearchWords();

    boolean hasSearchWords();

    /** One stored word of one record. */
    record SearchRow(SearchKind kind, long recordId, String word, long programmeId, LocalDate sortsOn) {
    }

    /**
     * Records of the programmes holding every one of the words (words of {@link SearchWords#PREFIX_LENGTH} letters or
     * more also as the start of a word), standing records first, then newest first.
     */
    List<SearchKind.Match> search(Collection<Long> programmeIds, List<String> words, int first, int max);
}
