package org.liberta.reporting.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ChangePercentTest {

    @Test
    void matchesThe2021ReportWhereItsPercentagesAreConsistent() {
        assertEquals(146L, ChangePercent.of(473, 192));
        assertEquals(811L, ChangePercent.of(164, 18));
        assertEquals(24L, ChangePercent.of(868, 700));
        assertEquals(-96L, ChangePercent.of(30, 750));
    }

    @Test
    void roundsHalfAwayFromZero() {
        assertEquals(3L, ChangePercent.of(205, 200), "2.5 rounds up");
        assertEquals(-3L, ChangePercent.of(195, 200), "-2.5 rounds down");
        assertEquals(-100L, ChangePercent.of(0, 7));
    }

    @Test
    void thereIsNoPercentageWhenNothingCameBefore() {
        assertNull(ChangePercent.of(1, 0), "0 to 1 conviction is new, not +100%");
        assertNull(ChangePercent.of(0, 0));
    }
}
