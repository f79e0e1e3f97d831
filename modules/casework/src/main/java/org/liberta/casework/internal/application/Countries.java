package org.liberta.casework.internal.application;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, the allow-list for nationality and repatriation countries. */
final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    static boolean isValid(String code) {
        return code != null && CODES.contains(code.toUpperCase(Locale.ROOT));
    }
}
