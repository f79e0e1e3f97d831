package org.liberta.reporting.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.liberta.reporting.internal.domain.ReportPeriods.Dates;
import org.liberta.reporting.internal.domain.ReportPeriods.Kind;

class ReportPeriodsTest {

    @Test
    void theSixMonthReportRunsMarchToAugustAndSeptemberToFebruary() {
        assertEquals(new Dates(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 8, 31)),
                ReportPeriods.latest(Kind.SIX_MONTHS, LocalDate.of(2021, 9, 15)));
        assertEquals(new Dates(LocalDate.of(2020, 9, 1), LocalDate.of(2021, 2, 28)),
                ReportPeriods.latest(Kind.SIX_MONTHS, LocalDate.of(2021, 8, 31)), "August is not over yet");
        assertEquals(new Dates(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 2, 29)),
                ReportPeriods.latest(Kind.SIX_MONTHS, LocalDate.of(2024, 3, 1)), "a leap February");
    }

    @Test
    void theFinancialYearStartsInAprilAndTheCalendarHalvesInJanuaryAndJuly() {
        assertEquals(new Dates(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)),
                ReportPeriods.latest(Kind.FINANCIAL_YEAR, LocalDate.of(2026, 11, 28)));
        assertEquals(new Dates(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)),
                ReportPeriods.latest(Kind.FINANCIAL_YEAR, LocalDate.of(2025, 4, 1)), "the day after it ends");
        assertEquals(new Dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)),
                ReportPeriods.latest(Kind.CALENDAR_HALF, LocalDate.of(2026, 11, 28)));
        assertEquals(new Dates(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)),
                ReportPeriods.latest(Kind.CALENDAR_HALF, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aChangeReadsAsThePublishedTableDoes() {
        assertEquals("↑ 146%", ChangeLabel.of(473L, 192L, 146L));
        assertEquals("↓ 96%", ChangeLabel.of(30L, 750L, -96L));
        assertEquals("new", ChangeLabel.of(1L, 0L, null), "never ↑ 100% for 0 → 1");
        assertEquals("–", ChangeLabel.of(0L, 0L, null));
        assertEquals("", ChangeLabel.of(null, 3L, null), "suppressed");
    }
}
