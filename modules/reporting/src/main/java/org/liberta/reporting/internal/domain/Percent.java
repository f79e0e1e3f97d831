package org.liberta.reporting.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share as a whole percentage, rounded half away from zero; none when there is nothing to take a share of. */
public final class Percent {

    private Percent() {
    }

    public static Long of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
