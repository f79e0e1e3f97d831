package org.liberta.reporting.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The headline report in the shape of docs/api.md, plus what the exports and the page need: the programmes behind the
 * columns (code, name, relationship), the audience and, for an external audience, which cells were suppressed.
 */
public record HeadlineReport(Dates period, Dates comparison, List<Line> indicators, List<Column> programmes,
        String audience, Integer minimumCell) implements Serializable {

    /** A period, both dates inclusive. */
    public record Dates(LocalDate from, LocalDate to) implements Serializable {
    }

    /** A programme column: joint operations that are not funded are reported in their own section. */
    public record Column(String code, String name, String relationship) implements Serializable {
    }

    /**
     * One indicator: the direct column with its comparison, the column including funded joint operations, and each
     * programme; for a rate, the same columns as percentages of its denominator (null where that is 0). For an
     * external audience, a suppressed cell is null and named in {@code suppressed} ("direct", "directPrevious",
     * "inclFundedJointOps" or a programme code). Targets set for exactly this period are given by column ("direct"
     * or a programme code), with the direct column's progress towards its target.
     */
    public record Line(String code, String label, Long direct, Long directPrevious, Long directChangePct,
            Long inclFundedJointOps, Map<String, Long> byProgramme, Rate rate, List<String> suppressed,
            Map<String, Long> targets, Long directTargetPct) implements Serializable {
    }

    /** Percentages of the denominator indicator, rounded half away from zero. */
    public record Rate(String denominator, Long directPct, Long inclFundedJointOpsPct, Map<String, Long> byProgrammePct) implements Serializable {
    }
}
