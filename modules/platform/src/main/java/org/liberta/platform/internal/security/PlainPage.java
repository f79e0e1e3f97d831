package org.liberta.platform.internal.security;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A page written without JSF, for the moments JSF cannot render one: while the database is away ({@code outage}:
 * the session's own language choice needs the session, which needs the database) and for a form the page it came
 * from cannot accept ({@code refusedForm}: rendering with PrimeFaces there would fail the same check again). In
 * the first of the browser's languages that Liberta speaks. No stack, no jargon: nothing they sent was saved, and
 * what to do now.
 */
final class PlainPage {

    private static final String BUNDLE = "org.liberta.platform.web.messages";
    /** Only the bundles that exist: no falling back to the server's own language. */
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private PlainPage() {
    }

    /** @param topic the bundle keys' prefix: {@code topic.title}, {@code .heading}, {@code .text}, {@code .retry} */
    static String html(Enumeration<Locale> preferred, String topic) {
        ResourceBundle text = bundleFor(preferred);
        String lang = text.getLocale().getLanguage().isEmpty() ? "en" : text.getLocale().getLanguage();
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title></head>
                <body><main>
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="">%s</a></p>
                </main></body></html>
                """.formatted(lang, text.getString(topic + ".title"), text.getString(topic + ".heading"),
                text.getString(topic + ".text"), text.getString(topic + ".retry"));
    }

    /** English (the base bundle) unless a preferred language has a bundle of its own before it. */
    private static ResourceBundle bundleFor(Enumeration<Locale> preferred) {
        for (Locale locale : Collections.list(preferred)) {
            String language = locale.getLanguage();
            if (language.equals("en")) {
                break;
            }
            try {
                ResourceBundle own = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), EXACT);
                if (own.getLocale().getLanguage().equals(language)) {
                    return own;
                }
            } catch (MissingResourceException notSpoken) {
                // try the next language the reader accepts
            }
        }
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, EXACT);
    }
}
