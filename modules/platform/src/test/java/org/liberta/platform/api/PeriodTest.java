package org.liberta.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTest {

    private final Period marchToAugust = new Period(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 8, 31));

    @Test
    void comparesWithTheSameDatesAYearEarlier() {
        assertEquals(new Period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 8, 31)), marchToAugust.yearEarlier());
        assertEquals(184, marchToAugust.days());
    }

    @Test
    void overlapIncludesBothEndsAndOpenEpisodes() {
        assertTrue(marchToAugust.overlaps(LocalDate.of(2021, 8, 31), null), "starts on the last day");
        assertTrue(marchToAugust.overlaps(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 3, 1)), "ends on the first day");
        assertTrue(marchToAugust.overlaps(LocalDate.of(2019, 1, 1), null), "still open");
        assertFalse(marchToAugust.overlaps(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 2, 28)));
        assertFalse(marchToAugust.overlaps(LocalDate.of(2021, 9, 1), null));
    }

    @Test
    void rejectsBackwardsAndOverlongPeriodsNamingTheParameter() {
        InvalidInputException backwards = assertThrows(InvalidInputException.class,
                () -> new Period(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 8, 1)));
        assertEquals("from", backwards.errors().get(0).field());
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> new Period(LocalDate.of(2000, 1, 1), LocalDate.of(2011, 1, 1)));
        assertEquals("to", tooLong.errors().get(0).field());
    }

    @Test
    void pageSizeIsCappedAt500() {
        assertEquals(50, PageRequest.of(null, null).size());
        assertEquals(1000, new PageRequest(2, 500).offset());
        assertThrows(InvalidInputException.class, () -> PageRequest.of(0, 501));
        assertThrows(InvalidInputException.class, () -> PageRequest.of(-1, 10));
    }
}
