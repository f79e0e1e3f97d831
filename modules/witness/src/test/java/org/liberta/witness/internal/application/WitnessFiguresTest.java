package org.liberta.witness.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liberta.courts.api.CourtMonth;
import org.liberta.witness.internal.application.WitnessFigures.CourtComparison;
import org.liberta.witness.internal.application.WitnessFigures.Rate;

class WitnessFiguresTest {

    @Test
    void aRateHasOneDecimalAndNoneWhenThereIsNothingToDivideBy() {
        assertEquals(new Rate(2, 3, 66.7), Rate.of(2, 3));
        assertEquals(new Rate(0, 0, null), Rate.of(0, 0));
        assertEquals(100.0, Rate.of(5, 5).percent());
    }

    @Test
    void eachCourtsMonthsSplitAtTheMonthTheProgrammeBeganThere() {
        List<CourtMonth> months = List.of(
                new CourtMonth("Tribunal 1, Jessore", YearMonth.of(2025, 1), 10, 6),
                new CourtMonth("Tribunal 1, Jessore", YearMonth.of(2025, 2), 10, 4),
                new CourtMonth("Tribunal 1, Jessore", YearMonth.of(2025, 3), 8, 1), // the programme's first month
                new CourtMonth("Tribunal 1, Jessore", YearMonth.of(2025, 4), 12, 2),
                new CourtMonth("Tribunal 2, Khulna", YearMonth.of(2025, 3), 5, 3));
        List<CourtComparison> rows = WitnessFigures.comparisons(months,
                Map.of("Tribunal 1, Jessore", LocalDateTime.of(2025, 3, 17, 10, 0)));
        CourtComparison jessore = rows.get(0);
        assertEquals(new Rate(10, 20, 50.0), jessore.before());
        assertEquals(new Rate(3, 20, 15.0), jessore.after());
        assertEquals("2025-03-17", jessore.programmeStarted().toString());
        CourtComparison khulna = rows.get(1);
        assertNull(khulna.programmeStarted(), "the programme has not begun there");
        assertEquals(new Rate(3, 5, 60.0), khulna.before());
        assertEquals(new Rate(0, 0, null), khulna.after());
    }
}
