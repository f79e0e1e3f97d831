package org.liberta.casework.internal.application;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** ISO 639-1 language codes, the allow-list for the languages a survivor speaks. */
final class Languages {

    private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

    private Languages() {
    }

    static boolean isValid(String code) {
        return code != null && CODES.contains(code.toLowerCase(Locale.ROOT));
    }

    /** Lower-cased and trimmed, so {@code " BN"} and {@code "bn"} are one language. */
    static Set<String> normalise(Collection<String> codes) {
        Set<String> result = new TreeSet<>();
        codes.forEach(c -> result.add(c == null ? "" : c.strip().toLowerCase(Locale.ROOT)));
        return result;
    }

    /** The language's English name, for pages and exports ("bn" → "Bangla"). */
    static String name(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }
}
