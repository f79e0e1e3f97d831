package org.liberta.courts.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void countsMondayToFridayBackwards() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertEquals(LocalDate.of(2026, 11, 27), WorkingDays.before(monday, 1), "the Friday before");
        assertEquals(LocalDate.of(2026, 11, 23), WorkingDays.before(monday, 5), "a working week");
        assertEquals(monday, WorkingDays.before(monday, 0));
        assertEquals(LocalDate.of(2026, 3, 23), WorkingDays.before(monday, 180), "180 working days = 36 weeks");
    }
}
