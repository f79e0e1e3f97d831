package org.liberta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * docs/security.md item 11: no page may switch off output escaping, except the few places listed here with a reason
 * (none so far). Every module's Facelets are read from the source tree.
 */
class MarkupSafetyTest {

    /** Pages allowed to use escape="false", each with the reason it is safe. */
    private static final Set<String> ALLOWED = Set.of();

    @Test
    void noPageRendersUnescapedText() throws IOException {
        Path modules = Path.of("..").toAbsolutePath().normalize();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(modules)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml"))
                    .filter(p -> p.toString().contains("/src/main/")).toList();
        }
        assertTrue(pages.size() >= 10, "the pages of every module were found: " + pages.size());
        List<String> offenders = pages.stream().filter(MarkupSafetyTest::unescapes)
                .map(p -> modules.relativize(p).toString()).filter(p -> !ALLOWED.contains(p)).toList();
        assertEquals(List.of(), offenders);
    }

    private static boolean unescapes(Path page) {
        try {
            return Files.readString(page).replace(" ", "").contains("escape=\"false\"");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
