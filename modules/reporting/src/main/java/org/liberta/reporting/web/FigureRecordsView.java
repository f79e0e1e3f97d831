package org.liberta.reporting.web;

import java.io.Serializable;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.reporting.internal.application.DrillDownService;
import org.liberta.reporting.internal.application.HeadlineReport;

/**
 * The records behind one figure of the report shown, opened from the figure, fifty at a time; only for indicators
 * whose records the reader may see, and never for a suppressed cell.
 */
@Named
@ViewScoped
public class FigureRecordsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;

    @Inject
    private ReportView page;

    @Inject
    private DrillDownService drillDown;

    private Set<String> listed = Set.of();
    private String drillCode;
    private String drillLabel;
    private String drillColumn;
    private int drillPage;
    private Page<DrillDownService.RecordLine> drillRecords;

    @PostConstruct
    void init() {
        listed = drillDown.listedIndicators();
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
        HeadlineReport report = page.getReport();
        UiFeedback.attempt(() -> drillRecords = drillDown.records(drillCode, report.period().from(),
                report.period().to(), drillColumn, PageRequest.of(drillPage, PAGE_SIZE)), null);
    }

    public Page<DrillDownService.RecordLine> getDrillRecords() {
        return drillRecords;
    }

    public String getDrillLabel() {
        return drillLabel;
    }

    public String getDrillColumn() {
        return drillColumn;
    }

    public boolean isMoreRecords() {
        return drillRecords != null && (long) (drillPage + 1) * PAGE_SIZE < drillRecords.total();
    }

    public int getDrillPage() {
        return drillPage;
    }
}
