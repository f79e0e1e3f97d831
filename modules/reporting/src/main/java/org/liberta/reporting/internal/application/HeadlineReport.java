package org.liberta.reporting.internal.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The headline report in the shape of API.md. */
public record HeadlineReport(Dates period, Dates comparison, List<Line> indicators) {

    /** A period, both dates inclusive. */
    public record Dates(LocalDate from, LocalDate to) {
    }

    /**
     * One indicator: the direct column with its comparison, the column including funded joint operations, and each
     * programme; for a rate, the same columns as percentages of its denominator (null where that is 0).
     */
    public record Line(String code, String label, long direct, long directPrevious, Long directChangePct,
            long inclFundedJointOps, Map<String, Long> byProgramme, Rate rate) {
    }

    /** Percentages of the denominator indicator, rounded half away from zero. */
    public record Rate(String denominator, Long directPct, Long inclFundedJointOpsPct, Map<String, Long> byProgrammePct) {
    }
}
