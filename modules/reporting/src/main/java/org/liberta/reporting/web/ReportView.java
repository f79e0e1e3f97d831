package org.liberta.reporting.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.sheets.Spreadsheets;
import org.liberta.platform.api.ui.Charts;
import org.liberta.platform.api.ui.PeriodPicker;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.reporting.internal.application.DeepDiveService;
import org.liberta.reporting.internal.application.DrillDownService;
import org.liberta.reporting.internal.application.HeadlineExports;
import org.liberta.reporting.internal.application.HeadlineReport;
import org.liberta.reporting.internal.application.HeadlineReportService;
import org.liberta.reporting.internal.application.ReportRequest;
import org.liberta.reporting.internal.application.SnapshotService;
import org.liberta.reporting.internal.application.TargetService;
import org.liberta.reporting.internal.domain.ChangeLabel;
import org.liberta.reporting.internal.domain.ReportPeriods;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The headline report page: pick a period (the six-month report, the financial year, a calendar half, or any
 * dates) and a comparison (default: a year earlier), read the table with its changes, see one indicator by
 * programme as a chart, and take the table away as CSV, XLSX or PDF, for an internal or an external audience.
 */
@Named("reportView")
@ViewScoped
public class ReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HeadlineReportService reports;

    @Inject
    private HeadlineExports exports;

    @Inject
    private DrillDownService drillDown;

    @Inject
    private DeepDiveService deepDives;

    @Inject
    private SnapshotService snapshots;

    @Inject
    private TargetService targets;

    @Inject
    private org.liberta.platform.api.Caller caller;

    private String publishTitle;
    private String targetIndicator;
    private String targetColumn;
    private Long targetValue;
    private List<SnapshotService.SnapshotSummary> published = List.of();
    private SnapshotService.PublishedReport opened;

    private DeepDiveService.DeepDive deepDive;

    private final PeriodPicker period = ReportPeriodPicker.latestSixMonths();
    private LocalDate compareFrom;
    private LocalDate compareTo;
    private boolean external;
    private String chartIndicator;
    private HeadlineReport report;
    private java.util.Set<String> listed = java.util.Set.of();
    private String drillCode;
    private String drillLabel;
    private String drillColumn;
    private int drillPage;
    private org.liberta.platform.api.Page<DrillDownService.RecordLine> drillRecords;

    @PostConstruct
    void init() {
        listed = drillDown.listedIndicators();
        if (isPublisher()) {
            published = snapshots.snapshots();
        }
        applyPreset();
    }

    /** M&amp;E and administrators publish reports and read them back. */
    public boolean isPublisher() {
        return caller.hasAnyRole(org.liberta.platform.api.Role.MEL, org.liberta.platform.api.Role.ADMIN);
    }

    /** Publishes the report as shown (period, comparison, audience) under a title; it never changes afterwards. */
    public void publish() {
        SnapshotService.NewSnapshot s = new SnapshotService.NewSnapshot(publishTitle, period.getFrom(), period.getTo(), compareFrom, compareTo,
                external ? "external" : "internal");
        if (UiFeedback.attempt(() -> snapshots.publish(s), null)) {
            UiFeedback.info(UiFeedback.text(ReportingMenu.BUNDLE, "publish.done"));
            publishTitle = null;
            published = snapshots.snapshots();
        }
    }

    /** Sets (or replaces) a target for the shown period, for the direct column or one programme, and shows it. */
    public void setTarget() {
        TargetService.NewTarget t = new TargetService.NewTarget(targetIndicator, period.getFrom(), period.getTo(),
                targetColumn == null || targetColumn.isBlank() ? null : targetColumn, targetValue);
        if (UiFeedback.attempt(() -> targets.set(t), null)) {
            UiFeedback.info(UiFeedback.text(ReportingMenu.BUNDLE, "targets.done"));
            targetValue = null;
            show();
        }
    }

    public String getTargetIndicator() {
        return targetIndicator;
    }

    public void setTargetIndicator(String targetIndicator) {
        this.targetIndicator = targetIndicator;
    }

    public String getTargetColumn() {
        return targetColumn;
    }

    public void setTargetColumn(String targetColumn) {
        this.targetColumn = targetColumn;
    }

    public Long getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(Long targetValue) {
        this.targetValue = targetValue;
    }

    /** Opens a published report with every figure that differs now. */
    public void open(long snapshotId) {
        opened = null;
        UiFeedback.attempt(() -> opened = snapshots.snapshot(snapshotId), null);
    }

    /** {@code ?snapshot=ID} (the home page's link) opens that published report's comparison with today's records. */
    public Long getSnapshot() {
        return opened == null ? null : opened.snapshot().id();
    }

    public void setSnapshot(Long snapshotId) {
        // A view parameter is applied again on a full postback: open it once, not on every button.
        if (snapshotId != null && isPublisher() && (opened == null || opened.snapshot().id() != snapshotId)) {
            open(snapshotId);
        }
    }

    public List<SnapshotService.SnapshotSummary> getPublished() {
        return published;
    }

    public SnapshotService.PublishedReport getOpened() {
        return opened;
    }

    public String getPublishTitle() {
        return publishTitle;
    }

    public void setPublishTitle(String publishTitle) {
        this.publishTitle = publishTitle;
    }

    /** Whether the viewer can open the records behind this figure (a suppressed figure never opens). */
    public boolean drillable(HeadlineReport.Line line, String column) {
        return listed.contains(line.code()) && !line.suppressed().contains(column);
    }

    /** Opens the records behind one figure, first page. */
    public void drill(HeadlineReport.Line line, String column) {
        drillCode = line.code();
        drillLabel = line.label();
        drillColumn = column;
        drillPage = 0;
        loadDrill();
    }

    public void moreRecords() {
        drillPage++;
        loadDrill();
    }

    public void earlierRecords() {
        drillPage = Math.max(0, drillPage - 1);
        loadDrill();
    }

    private void loadDrill() {
        drillRecords = null;
        UiFeedback.attempt(() -> drillRecords = drillDown.records(drillCode, report.period().from(),
                report.period().to(), drillColumn, org.liberta.platform.api.PageRequest.of(drillPage, 50)), null);
    }

    public org.liberta.platform.api.Page<DrillDownService.RecordLine> getDrillRecords() {
        return drillRecords;
    }

    public String getDrillLabel() {
        return drillLabel;
    }

    public String getDrillColumn() {
        return drillColumn;
    }

    public boolean isMoreRecords() {
        return drillRecords != null && (long) (drillPage + 1) * 50 < drillRecords.total();
    }

    public int getDrillPage() {
        return drillPage;
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
        return new ReportRequest(period.getFrom(), period.getTo(), compareFrom, compareTo, null, null, external ? "external" : "internal");
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

    public StreamedContent getCsv() {
        return download(exports.csv(report), "text/csv", "csv");
    }

    public StreamedContent getXlsx() {
        return download(exports.xlsx(report), Spreadsheets.XLSX, "xlsx");
    }

    public StreamedContent getPdf() {
        return download(exports.pdf(report), "application/pdf", "pdf");
    }

    private StreamedContent download(byte[] bytes, String type, String ending) {
        return DefaultStreamedContent.builder().name("headline-report-" + report.period().from() + "-"
                + report.period().to() + "." + ending).contentType(type).stream(() -> new ByteArrayInputStream(bytes))
                .build();
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
