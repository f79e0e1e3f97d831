package org.liberta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * English first, with Bengali and Romanian: every message of every module's bundle exists in all three languages,
 * so a navigator in Dhaka or Bucharest never meets a half-translated page.
 */
class MessageBundlesTest {

    private static final List<String> BUNDLES = List.of("org/liberta/platform/web/messages",
            "org/liberta/casework/web/messages", "org/liberta/courts/web/messages", "org/liberta/witness/web/messages",
            "org/liberta/training/web/messages", "org/liberta/advocacy/web/messages", "org/liberta/reporting/web/messages");

    @Test
    void bengaliAndRomanianHaveEveryEnglishMessage() throws IOException {
        for (String bundle : BUNDLES) {
            Set<String> english = keys(bundle + ".properties");
            assertFalse(english.isEmpty(), bundle);
            for (String language : List.of("bn", "ro")) {
                assertEquals(english, keys(bundle + "_" + language + ".properties"), bundle + " in " + language);
            }
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}
