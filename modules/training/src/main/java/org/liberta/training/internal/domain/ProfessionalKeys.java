package org.liberta.training.internal.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How two spellings of one person are recognised: names and organisations compared without accents, case,
 * punctuation or extra spaces ("Ștefan  Popescu" and "stefan popescu."), e-mail addresses without case.
 */
public final class ProfessionalKeys {

    private ProfessionalKeys() {
    }

    public static String name(String name) {
        return normalise(name);
    }

    public static String organisation(String organisation) {
        return normalise(organisation);
    }

    public static String email(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
