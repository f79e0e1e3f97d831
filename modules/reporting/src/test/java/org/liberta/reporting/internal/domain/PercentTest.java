package org.liberta.reporting.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void matchesTheUkNavigatorRates() {
        assertEquals(94L, Percent.of(156, 166), "engaged with police");
        assertEquals(25L, Percent.of(42, 166), "ABE interview");
        assertEquals(32L, Percent.of(53, 166), "supports a prosecution");
        assertEquals(1L, Percent.of(1, 200), "0.5 rounds up");
    }

    @Test
    void noShareOfNothing() {
        assertNull(Percent.of(0, 0));
    }
}
