package org.liberta.platform.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A reporting period, both dates inclusive (docs/domain.md). The comparison period is the same dates one year
 * earlier unless another is asked for.
 */
public record Period(LocalDate from, LocalDate to) implements Serializable {

    /** Longer periods are almost certainly a typing mistake and would make reports scan everything. */
    public static final int MAX_YEARS = 10;

    public Period {
        if (from == null) {
            throw InvalidInputException.of("from", "is required");
        }
        if (to == null) {
            throw InvalidInputException.of("to", "is required");
        }
        if (from.isAfter(to)) {
            throw InvalidInputException.of("from", "must not be after to");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw InvalidInputException.of("to", "period must not be longer than " + MAX_YEARS + " years");
        }
    }

    public Period yearEarlier() {
        return new Period(from.minusYears(1), to.minusYears(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** True when [start, end] overlaps this period; an open end means "still going". */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
