package org.liberta.reporting.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EngagementRegressionTest {

    private static Map<String, Double> row(double willing, double arrests) {
        return Map.of(EngagementRegression.WILLING, willing, "arrests", arrests);
    }

    @Test
    void theSlopeAndItsStandardErrorAreOrdinaryLeastSquares() {
        // arrests = 1 + 2·willing + noise; by hand: x̄ = 0.5, Sxx = 1, Sxy = 2.1 → slope 2.1, intercept 0.95.
        List<Map<String, Double>> rows = List.of(row(0, 1), row(0, 0.9), row(1, 3), row(1, 3.1), row(0.5, 2));
        EngagementRegression.Result result = EngagementRegression.of(rows, List.of("arrests"));
        EngagementRegression.OutcomeFigures arrests = result.outcomes().get(0);
        assertEquals(5, result.investigations());
        assertEquals(3, result.withWillingSurvivor());
        assertEquals(2.1, arrests.slope(), 1e-9);
        assertEquals(0.95, arrests.intercept(), 1e-9);
        // residuals 0.05, -0.05, -0.05, 0.05, 0: SSE 0.01, s² = 0.01/3, SE(slope) = sqrt(s²/Sxx)
        assertEquals(Math.sqrt(0.01 / 3 / 1.0), arrests.standardError(), 1e-9);
        assertTrue(arrests.p() < 0.001, "a strong association: p " + arrests.p());
        assertEquals(8.1, arrests.totalWilling(), 1e-9);
        assertEquals(1.9, arrests.totalOthers(), 1e-9);
        assertEquals(2.7, arrests.meanWilling(), 1e-9);
        assertEquals(0.95, arrests.meanOthers(), 1e-9);
        assertTrue(arrests.rSquared() > 0.99);
    }

    @Test
    void withoutVariationOrEnoughInvestigationsThereAreCountsButNoRegression() {
        EngagementRegression.Result same = EngagementRegression.of(List.of(row(1, 2), row(1, 3), row(1, 4)),
                List.of("arrests"));
        assertNull(same.outcomes().get(0).slope());
        assertNotNull(same.note());
        assertEquals(9, same.outcomes().get(0).totalWilling(), 1e-9);
        EngagementRegression.Result few = EngagementRegression.of(List.of(row(0, 2), row(1, 3)), List.of("arrests"));
        assertNull(few.outcomes().get(0).p());
        assertEquals(0, EngagementRegression.of(List.of(), List.of("arrests")).investigations());
    }
}
