package org.liberta.reporting.internal.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * The periods people report on, each the latest one complete before a day: the charity's six-month report
 * (March–August or September–February), the financial year (April–March) and the calendar half (January–June or
 * July–December). Dates are inclusive.
 */
public final class ReportPeriods {

    public enum Kind { SIX_MONTHS, FINANCIAL_YEAR, CALENDAR_HALF }

    /** The choices pages offer: each kind's latest period, or any dates ("CUSTOM"). */
    public static final java.util.List<String> PRESETS = java.util.List.of(Kind.SIX_MONTHS.name(),
            Kind.FINANCIAL_YEAR.name(), Kind.CALENDAR_HALF.name(), "CUSTOM");

    public record Dates(LocalDate from, LocalDate to) {
    }

    private ReportPeriods() {
    }

    public static Dates latest(Kind kind, LocalDate today) {
        return switch (kind) {
            case SIX_MONTHS -> latestHalfStartingIn(Month.MARCH, today);
            case CALENDAR_HALF -> latestHalfStartingIn(Month.JANUARY, today);
            case FINANCIAL_YEAR -> {
                LocalDate start = LocalDate.of(today.getYear(), Month.APRIL, 1);
                LocalDate end = start.plusYears(1).minusDays(1);
                // The year that ended most recently: the one that ends before today.
                while (!end.isBefore(today)) {
                    start = start.minusYears(1);
                    end = start.plusYears(1).minusDays(1);
                }
                yield new Dates(start, end);
            }
        };
    }

    /** The latest six months, of the two halves a year that start in the month given, ended before today. */
    private static Dates latestHalfStartingIn(Month first, LocalDate today) {
        LocalDate start = LocalDate.of(today.getYear() + 1, first, 1);
        while (!start.plusMonths(6).minusDays(1).isBefore(today)) {
            start = start.minusMonths(6);
        }
        return new Dates(start, start.plusMonths(6).minusDays(1));
    }
}
