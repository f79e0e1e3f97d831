package org.liberta.advocacy.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class EvidenceRulesTest {

    @Test
    void aFileIsTakenOnlyWhenItsNameAndItsContentAgree() {
        assertEquals(Optional.of(EvidenceType.PDF), EvidenceType.byFileName("Hansard extract.PDF"));
        assertEquals(Optional.of(EvidenceType.JPEG), EvidenceType.byFileName("notice.jpeg"));
        assertEquals(Optional.empty(), EvidenceType.byFileName("setup.exe"));
        assertEquals(Optional.empty(), EvidenceType.byFileName("no-ending"));
        assertTrue(EvidenceType.PDF.matches("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(EvidenceType.PDF.matches(new byte[] {'M', 'Z', 0, 0}), "a program named .pdf");
        assertTrue(EvidenceType.TEXT.matches("Notice, 2 August 2021\r\n".getBytes(StandardCharsets.UTF_8)));
        assertFalse(EvidenceType.TEXT.matches(new byte[] {'a', 0, 'b'}), "binary is not text");
        assertTrue(EvidenceType.XLSX.matches(new byte[] {'P', 'K', 3, 4, 20}));
    }

    @Test
    void theMapSaysWhatToDoAboutEachStakeholder() {
        assertEquals(MapQuadrant.CHAMPION, MapQuadrant.of(5, 5));
        assertEquals(MapQuadrant.CHAMPION, MapQuadrant.of(3, 4));
        assertEquals(MapQuadrant.PERSUADE, MapQuadrant.of(4, 3));
        assertEquals(MapQuadrant.BLOCKER, MapQuadrant.of(5, 2));
        assertEquals(MapQuadrant.KEEP_INFORMED, MapQuadrant.of(2, 1));
        assertEquals(MapQuadrant.KEEP_INFORMED, MapQuadrant.of(1, 5));
    }
}
