package org.liberta.reporting.internal.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * The engagement deep dive's statistics: for investigations, how their outcomes relate to the share of their
 * survivors willing to support a prosecution. Per outcome: totals and means for investigations with at least one
 * willing survivor and for the others, and an ordinary least squares regression of the outcome on the willing
 * share (with an intercept) — coefficient, standard error, t, two-sided p-value and R² — computed by Apache Commons
 * Math. With fewer than three investigations, or no variation in willingness, there is no regression, only counts.
 */
public final class EngagementRegression {

    public static final String WILLING = "willingShare";

    /** One outcome's figures; {@code slope} and the rest are null when no regression could be fitted. */
    public record OutcomeFigures(String outcome, double totalWilling, double totalOthers, Double meanWilling,
            Double meanOthers, Double intercept, Double slope, Double standardError, Double t, Double p, Double rSquared) implements Serializable {
    }

    public record Result(int investigations, int withWillingSurvivor, List<OutcomeFigures> outcomes, String note) implements Serializable {
    }

    private EngagementRegression() {
    }

    public static Result of(List<Map<String, Double>> rows, List<String> outcomes) {
        int n = rows.size();
        double[] x = rows.stream().mapToDouble(r -> r.getOrDefault(WILLING, 0.0)).toArray();
        int willing = (int) java.util.Arrays.stream(x).filter(v -> v > 0).count();
        boolean varies = java.util.Arrays.stream(x).distinct().count() > 1;
        String note = n < 3 ? "fewer than three investigations: no regression"
                : !varies ? "every investigation has the same willing share: no regression" : null;
        List<OutcomeFigures> figures = new ArrayList<>();
        for (String outcome : outcomes) {
            double[] y = rows.stream().mapToDouble(r -> r.getOrDefault(outcome, 0.0)).toArray();
            double sumWilling = 0;
            double sumOthers = 0;
            for (int i = 0; i < n; i++) {
                if (x[i] > 0) {
                    sumWilling += y[i];
                } else {
                    sumOthers += y[i];
                }
            }
            Double meanWilling = willing == 0 ? null : sumWilling / willing;
            Double meanOthers = n - willing == 0 ? null : sumOthers / (n - willing);
            OutcomeFigures fitted = note == null ? fit(outcome, x, y, sumWilling, sumOthers, meanWilling, meanOthers) : null;
            figures.add(fitted != null ? fitted : new OutcomeFigures(outcome, sumWilling, sumOthers, meanWilling,
                    meanOthers, null, null, null, null, null, null));
        }
        return new Result(n, willing, figures, note);
    }

    private static OutcomeFigures fit(String outcome, double[] x, double[] y, double sumWilling, double sumOthers,
            Double meanWilling, Double meanOthers) {
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        double[][] design = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            design[i] = new double[] {x[i]};
        }
        try {
            ols.newSampleData(y, design);
            double[] beta = ols.estimateRegressionParameters();
            double[] se = ols.estimateRegressionParametersStandardErrors();
            double t = se[1] == 0 ? Double.NaN : beta[1] / se[1];
            double p = Double.isNaN(t) ? Double.NaN
                    : 2 * (1 - new TDistribution(x.length - 2).cumulativeProbability(Math.abs(t)));
            double r2 = ols.calculateRSquared();
            return new OutcomeFigures(outcome, sumWilling, sumOthers, meanWilling, meanOthers, beta[0], beta[1], se[1],
                    finite(t), finite(p), finite(r2));
        } catch (MathIllegalArgumentException e) { // a singular design, or too few rows
            return null;
        }
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
