package org.liberta.advocacy.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsAreLowerCaseWithLatinAccentsFoldedAndJoiningWordsLeftOut() {
        assertEquals(Set.of("ministerul", "afacerilor", "interne", "iasi", "2021"),
                SearchWords.of("Ministerul Afacerilor Interne, Iași (2021)"));
        assertEquals(Set.of("briefed", "minister", "support", "clauses"),
                SearchWords.of("Briefed the Minister on the support clauses."));
        assertEquals(Set.of("romania"), SearchWords.of("România", "ROMANIA"), "one word, however it is written");
    }

    @Test
    void bengaliWordsKeepTheirVowelSigns() {
        Set<String> words = SearchWords.of("ঝিনাইদহ ভ্রাম্যমাণ আদালত");
        assertEquals(Set.of("ঝিনাইদহ", "ভ্রাম্যমাণ", "আদালত"), words);
    }

    @Test
    void queriesLeadWithTheLongestWordAndLongWordsAreCut() {
        assertEquals(List.of("jhenaidah", "court"), SearchWords.query("court of Jhenaidah"));
        assertTrue(SearchWords.query("   the  and ").isEmpty(), "nothing left to look for");
        assertTrue(SearchWords.query(null).isEmpty());
        String longWord = "a".repeat(60);
        assertEquals(SearchWords.MAX_LENGTH, SearchWords.of(longWord).iterator().next().length());
    }
}
