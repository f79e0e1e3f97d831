package org.liberta.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ClientMistakesTest {

    @Test
    void aClientInALoopGetsTenLinesAMinuteAndTheRestAreCounted() {
        Instant start = Instant.parse("2026-12-07T10:00:00Z");
        for (int i = 0; i < ClientMistakes.LINES_PER_MINUTE; i++) {
            assertNotNull(ClientMistakes.line("192.0.2.1", "POST /login.xhtml", 303, "view expired", start.plusSeconds(i)));
        }
        for (int i = 0; i < 90; i++) {
            assertNull(ClientMistakes.line("192.0.2.1", "POST /login.xhtml", 303, "view expired", start.plusSeconds(30)));
        }
        assertNotNull(ClientMistakes.line("192.0.2.2", "POST /login.xhtml", 303, "view expired", start.plusSeconds(30)),
                "another address has its own share");
        String next = ClientMistakes.line("192.0.2.1", "POST /login.xhtml", 303, "view expired", start.plusSeconds(61));
        assertTrue(next.contains("90 more from this address left out"), next);
    }

    @Test
    void theLineIsOneLineWhateverThePathHolds() {
        String line = ClientMistakes.line("192.0.2.3", "GET /a\r\nFAKE ENTRY " + "x".repeat(500), 400, "bad", Instant.now());
        assertFalse(line.contains("\n") || line.contains("\r"), line);
        assertTrue(line.length() < 400, line);
    }
}
