package org.liberta.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The pages written without JSF speak the first of the reader's languages Liberta has, and English otherwise. */
class PlainPageTest {

    private static String pageFor(String... languages) {
        return PlainPage.html(Collections.enumeration(List.of(languages).stream().map(Locale::forLanguageTag).toList()),
                "outage");
    }

    @Test
    void aRomanianReaderIsToldInRomanian() {
        String page = pageFor("ro-RO", "en");
        assertTrue(page.contains("<html lang=\"ro\">"), page);
        assertTrue(page.contains("Încercați din nou"), page);
    }

    @Test
    void aBengaliReaderIsToldInBengali() {
        String page = pageFor("bn-BD");
        assertTrue(page.contains("<html lang=\"bn\">"), page);
        assertTrue(page.contains("আবার চেষ্টা করুন"), page);
    }

    @Test
    void languagesWithoutABundleAreSkippedAndEnglishIsTheLastWord() {
        assertTrue(pageFor("fr-FR", "ro").contains("<html lang=\"ro\">"));
        String page = pageFor("fr-FR", "de");
        assertTrue(page.contains("<html lang=\"en\">"), page);
        assertTrue(page.contains("cannot reach its database"), page);
        assertTrue(pageFor("en-GB", "ro").contains("<html lang=\"en\">"), "English preferred before Romanian");
        assertFalse(pageFor().contains("%s"), "an empty Accept-Language still gets a whole page");
    }

    @Test
    void aRefusedFormIsExplainedInTheReadersLanguage() {
        for (String language : List.of("en", "bn", "ro")) {
            String page = PlainPage.html(Collections.enumeration(List.of(Locale.forLanguageTag(language))), "refusedForm");
            assertTrue(page.contains("<html lang=\"" + language + "\">"), page);
            assertFalse(page.contains("refusedForm."), "every text is in the " + language + " bundle: " + page);
        }
    }
}
