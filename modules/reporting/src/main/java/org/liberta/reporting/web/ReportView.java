package org.liberta.reporting.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.ui.Charts;
import org.liberta.platform.api.ui.PeriodPicker;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.reporting.internal.application.DeepDiveService;
import org.liberta.reporting.internal.application.HeadlineReport;
import org.liberta.reporting.internal.application.HeadlineReportService;
import org.liberta.reporting.internal.application.ReportRequest;
import org.liberta.reporting.internal.domain.ChangeLabel;

/**
 * The headline report page: pick a period (the six-month report, the financial year, a calendar half, or any
 * dates) and a comparison (default: a year earlier), read the table with its changes, see one indicator by
 * programme as a chart, for an internal or an external audience. The page's other jobs have beans of their own:
 * the records behind a figure ({@link FigureRecordsView}), exports ({@link ReportExportView}), targets
 * ({@link ReportTargetView}) and published reports ({@link PublishedReportsView}).
 */
@Named("reportView")
@ViewScoped
public class ReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HeadlineReportService reports;

    @Inject
    private DeepDiveService deepDives;

    private DeepDiveService.DeepDive deepDive;

    private final PeriodPicker period = ReportPeriodPicker.latestSixMonths();
    private LocalDate compareFrom;
    private LocalDate compareTo;
    private boolean external;
    private String chartIndicator;
    private HeadlineReport report;

    @PostConstruct
    void init() {
        applyPreset();
    }

    /** Fills the dates from the chosen kind of period and shows its report. */
    public void applyPreset() {
        period.applyPreset();
        if (!PeriodPicker.CUSTOM.equals(period.getPreset())) {
            compareFrom = null;
            compareTo = null;
        }
        show();
    }

    public void show() {
        deepDive = null;
        HeadlineReport shown = report;
        if (!UiFeedback.attempt(() -> report = reports.headline(request()), null)) {
            report = shown;
        }
        if (report != null && (chartIndicator == null || report.indicators().stream()
                .noneMatch(l -> l.code().equals(chartIndicator))) && !report.indicators().isEmpty()) {
            chartIndicator = report.indicators().get(0).code();
        }
    }

    private ReportRequest request() {
        return new ReportRequest(period.getFrom(), period.getTo(), compareFrom, compareTo, null, null, audience());
    }

    /** Who the report shown is for: "internal" or "external" (small counts suppressed). */
    String audience() {
        return external ? "external" : "internal";
    }

    /** The engagement deep dive for the period shown (asked for, as it reads every investigation of the period). */
    public void showDeepDive() {
        deepDive = null;
        UiFeedback.attempt(() -> deepDive = deepDives.engagement(report.period().from(), report.period().to()), null);
    }

    public DeepDiveService.DeepDive getDeepDive() {
        return deepDive;
    }

    /** A statistic with its sensible precision; blank when there is none. */
    public String number(Double value, int decimals) {
        return value == null ? "" : String.format("%." + decimals + "f", value);
    }

    public String change(HeadlineReport.Line line) {
        return ChangeLabel.of(line.direct(), line.directPrevious(), line.directChangePct());
    }

    /** The direct column's target and how far the period got towards it, e.g. "400 (87%)". */
    public String target(HeadlineReport.Line line) {
        Long target = line.targets().get("direct");
        return target == null ? "" : String.format("%,d", target)
                + (line.directTargetPct() == null ? "" : " (" + line.directTargetPct() + "%)");
    }

    /** A cell as the table shows it: the count, "< k" when suppressed, nothing for a missing figure. */
    public String cell(HeadlineReport.Line line, String column, Long value) {
        if (line.suppressed().contains(column)) {
            return "< " + report.minimumCell();
        }
        return value == null ? "" : String.format("%,d", value);
    }

    public String getChart() {
        if (report == null || chartIndicator == null) {
            return null;
        }
        Map<String, Long> values = new LinkedHashMap<>();
        report.indicators().stream().filter(l -> l.code().equals(chartIndicator)).findFirst().ifPresent(line ->
                report.programmes().forEach(c -> values.put(c.name(), line.byProgramme().get(c.code()) == null ? 0L
                        : line.byProgramme().get(c.code()))));
        return Charts.bar(values, "#3b4f8f");
    }

    public HeadlineReport getReport() {
        return report;
    }

    public LocalDate getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(LocalDate compareFrom) {
        this.compareFrom = compareFrom;
    }

    public LocalDate getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(LocalDate compareTo) {
        this.compareTo = compareTo;
    }

    public boolean isExternal() {
        return external;
    }

    public void setExternal(boolean external) {
        this.external = external;
    }

    public String getChartIndicator() {
        return chartIndicator;
    }

    public void setChartIndicator(String chartIndicator) {
        this.chartIndicator = chartIndicator;
    }

    public PeriodPicker getPeriod() {
        return period;
    }
}
