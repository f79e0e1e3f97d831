package org.liberta.reporting.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The change between two periods as the report prints it: round(100 × (current − previous) / previous), half away
 * from zero. With nothing before there is no percentage at all ("new"): the 2021 report's "↑ 100%" for 0 → 1
 * convictions is the mistake this avoids.
 */
public final class ChangePercent {

    private ChangePercent() {
    }

    /** The rounded percentage, or null when the previous value is 0. */
    public static Long of(long current, long previous) {
        if (previous == 0) {
            return null;
        }
        return BigDecimal.valueOf(current - previous).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(previous), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
