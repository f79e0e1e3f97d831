package org.liberta.reporting.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liberta.platform.api.Period;

class DashboardMonthsTest {

    @Test
    void aSixMonthPeriodIsSixMonthsAndPartMonthsCount() {
        assertEquals(List.of(YearMonth.of(2021, 3), YearMonth.of(2021, 4), YearMonth.of(2021, 5), YearMonth.of(2021, 6),
                YearMonth.of(2021, 7), YearMonth.of(2021, 8)),
                DashboardService.months(new Period(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 8, 31))));
        assertEquals(List.of(YearMonth.of(2021, 12), YearMonth.of(2022, 1)),
                DashboardService.months(new Period(LocalDate.of(2021, 12, 20), LocalDate.of(2022, 1, 5))));
    }

    @Test
    void aLongPeriodShowsItsLastTwoYears() {
        List<YearMonth> months = DashboardService.months(new Period(LocalDate.of(2015, 1, 1), LocalDate.of(2021, 8, 31)));
        assertEquals(DashboardService.MAX_MONTHS, months.size());
        assertEquals(YearMonth.of(2019, 9), months.get(0));
        assertEquals(YearMonth.of(2021, 8), months.get(23));
    }
}
