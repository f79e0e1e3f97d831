package org.liberta.casework.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class KAnonymityTest {

    @Test
    void releasesOnlyCombinationsSharedByAtLeastK() {
        List<List<String>> rows = new ArrayList<>();
        rows.addAll(Collections.nCopies(11, List.of("BD", "2021", "FEMININE", "18–20")));
        rows.addAll(Collections.nCopies(10, List.of("BD", "2021", "MASCULINE", "18–20")));
        rows.add(List.of("UK", "2021", "FEMININE", "48+"));
        List<List<String>> released = KAnonymity.release(rows, 11);
        assertEquals(11, released.size());
        assertEquals(List.of("BD", "2021", "FEMININE", "18–20"), released.get(0));
        assertEquals(21, KAnonymity.release(rows, 10).size());
        assertEquals(0, KAnonymity.release(rows, 12).size());
        assertThrows(IllegalArgumentException.class, () -> KAnonymity.release(rows, 1));
    }

    @Test
    void ageBandsFollowTheCtdcAtTheirBoundaries() {
        assertEquals("0–8", KAnonymity.ageBand(2013, 2021));
        assertEquals("9–17", KAnonymity.ageBand(2012, 2021));
        assertEquals("9–17", KAnonymity.ageBand(2004, 2021));
        assertEquals("18–20", KAnonymity.ageBand(2003, 2021));
        assertEquals("21–23", KAnonymity.ageBand(2000, 2021));
        assertEquals("30–38", KAnonymity.ageBand(1991, 2021));
        assertEquals("39–47", KAnonymity.ageBand(1974, 2021));
        assertEquals("48+", KAnonymity.ageBand(1973, 2021));
        assertEquals("Unknown", KAnonymity.ageBand(null, 2021));
    }
}
