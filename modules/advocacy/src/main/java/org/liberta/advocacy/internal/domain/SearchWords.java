package org.liberta.advocacy.internal.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text becomes search words, the same for what is stored and what is asked: lower case, Latin accents folded
 * (so "Romania" finds "România" and "Iasi" finds "Iași"), split on
 * anything that is not a letter, mark or digit (Bengali vowel signs are marks and stay inside their word), common
 * English and Romanian joining words left out, each word cut to the stored length.
 */
public final class SearchWords {

    /** Longest word kept; longer ones are stored and asked by their first 40 characters. */
    public static final int MAX_LENGTH = 40;

    /** Words this long or longer also find the words they begin ("amend" finds "amendment"). */
    public static final int PREFIX_LENGTH = 3;

    private static final Pattern LATIN_ACCENTS = Pattern.compile("[\\u0300-\\u036f]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");
    private static final Set<String> LEFT_OUT = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
            "in", "is", "it", "of", "on", "or", "the", "to", "was", "were", "with", "si", "de", "la", "cu", "pe", "din",
            "al", "ale", "un", "o", "care");

    private SearchWords() {
    }

    /** The distinct words of the texts, as stored. */
    public static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                words.addAll(split(text));
            }
        }
        return words;
    }

    /** The words of a query, longest first: the longest is usually the rarest, so it leads the search. */
    public static List<String> query(String text) {
        List<String> words = new ArrayList<>(of(text));
        words.sort(Comparator.comparingInt(String::length).reversed());
        return words;
    }

    private static List<String> split(String text) {
        String folded = LATIN_ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(Normalizer.normalize(folded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !LEFT_OUT.contains(word)) {
                words.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
            }
        }
        return words;
    }
}
