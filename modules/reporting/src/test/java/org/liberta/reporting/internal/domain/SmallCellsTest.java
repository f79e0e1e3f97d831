package org.liberta.reporting.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private static final List<SmallCells.Sum> SUMS = List.of(
            new SmallCells.Sum("direct", List.of("UK", "RO", "BD")),
            new SmallCells.Sum("incl", List.of("direct", "IN")));

    @Test
    void aSmallCountIsHiddenAndSoIsTheSmallestCellThatWouldGiveItAway() {
        // UK 3 is small; direct 310 = 3 + 0 + 307 would give it away, so the smallest other non-zero cell goes too.
        Set<String> hidden = SmallCells.suppressed(Map.of("direct", 310L, "UK", 3L, "RO", 0L, "BD", 307L, "incl", 403L,
                "IN", 93L), SUMS, 5);
        assertEquals(Set.of("UK", "BD"), hidden);
    }

    @Test
    void hidingAPartnerHidesEnoughOfItsSumAndTheChainGoesOn() {
        // India's 2 is small; incl = direct + IN would give it away, so direct goes; then the direct sum has one
        // hidden cell, so its smallest non-zero part goes too.
        Set<String> hidden = SmallCells.suppressed(Map.of("direct", 473L, "UK", 166L, "RO", 0L, "BD", 307L, "incl", 475L,
                "IN", 2L), SUMS, 5);
        assertEquals(Set.of("IN", "direct", "UK"), hidden);
    }

    @Test
    void nothingIsHiddenWhenEveryCountIsZeroOrLargeEnough() {
        assertEquals(Set.of(), SmallCells.suppressed(Map.of("direct", 49L, "UK", 26L, "RO", 0L, "BD", 23L, "incl", 49L,
                "IN", 0L), SUMS, 5));
        assertEquals(Set.of("UK", "BD"), SmallCells.suppressed(Map.of("direct", 10L, "UK", 4L, "RO", 0L, "BD", 6L),
                SUMS, 5), "k is the smallest count shown");
        assertEquals(Set.of(), SmallCells.suppressed(Map.of("direct", 10L, "UK", 4L, "BD", 6L), SUMS, 3));
    }
}
