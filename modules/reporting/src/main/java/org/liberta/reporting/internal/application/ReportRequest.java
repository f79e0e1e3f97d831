package org.liberta.reporting.internal.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What a headline report is asked for: the period and, optionally, the comparison period (default: a year
 * earlier), the indicators by code (default: every indicator that is not a breakdown; "all" for every one), the
 * programmes by code (default: every programme the viewer may see) and the audience ({@code internal}, or
 * {@code external} with small cells suppressed).
 */
public record ReportRequest(LocalDate from, LocalDate to, LocalDate compareFrom, LocalDate compareTo,
        List<String> indicators, List<String> programmes, String audience) {

    public static ReportRequest of(LocalDate from, LocalDate to) {
        return new ReportRequest(from, to, null, null, null, null, null);
    }

    public boolean external() {
        return "external".equalsIgnoreCase(audience);
    }
}
