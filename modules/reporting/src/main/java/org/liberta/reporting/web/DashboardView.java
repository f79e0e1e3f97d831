package org.liberta.reporting.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.ui.Charts;
import org.liberta.platform.api.ui.PeriodPicker;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.reporting.internal.application.Dashboard;
import org.liberta.reporting.internal.application.DashboardService;
import org.liberta.reporting.internal.application.HeadlineReportService;
import org.liberta.reporting.internal.domain.ReportPeriods;

/**
 * The dashboard page: pick a period (the report's presets or any dates) and an indicator to follow month by month,
 * and read the charts; every chart is by programme, within the viewer's programmes.
 */
@Named("dashboardView")
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DashboardService dashboards;

    @Inject
    private HeadlineReportService reports;

    private final PeriodPicker period = ReportPeriodPicker.latestSixMonths();
    private String indicator;
    private List<IndicatorDefinition> indicators = List.of();
    private Dashboard dashboard;

    @PostConstruct
    void init() {
        indicators = reports.catalogue().stream().filter(d -> !d.breakdown()).toList();
        applyPreset();
    }

    public void applyPreset() {
        period.applyPreset();
        show();
    }

    public void show() {
        Dashboard shown = dashboard;
        if (!UiFeedback.attempt(() -> dashboard = dashboards.dashboard(period.getFrom(), period.getTo(), indicator), null)) {
            dashboard = shown;
        }
        if (dashboard != null && dashboard.overTime() != null) {
            indicator = dashboard.overTime().code();
        }
    }

    public String getOverTimeChart() {
        return dashboard == null || dashboard.overTime() == null ? null
                : Charts.lines(dashboard.months(), dashboard.overTime().byProgramme());
    }

    public String getPoliceLadderChart() {
        return stacked(dashboard == null ? null : dashboard.policeLadder(), true);
    }

    public String getRecoveryChart() {
        return stacked(dashboard == null ? null : dashboard.recoveryProgress(), false);
    }

    public String getBacklogChart() {
        return dashboard == null || dashboard.courtBacklog() == null ? null
                : Charts.lines(dashboard.months(), dashboard.courtBacklog().byProgramme());
    }

    public String getWitnessChart() {
        return dashboard == null || dashboard.witnessAttendancePct() == null ? null
                : Charts.lines(dashboard.months(), dashboard.witnessAttendancePct().byProgramme());
    }

    public String getTrainingChart() {
        return stacked(dashboard == null ? null : dashboard.trainingByProfession(), true);
    }

    /** Programmes along the axis and one series per category: the way people compare programmes. */
    private static String stacked(Dashboard.Stack stack, boolean stackedBars) {
        if (stack == null) {
            return null;
        }
        List<String> programmes = List.copyOf(stack.byProgramme().keySet());
        Map<String, List<Long>> byCategory = new LinkedHashMap<>();
        for (int i = 0; i < stack.categories().size(); i++) {
            int category = i;
            byCategory.put(stack.categories().get(i).label(),
                    programmes.stream().map(p -> stack.byProgramme().get(p).get(category)).toList());
        }
        return Charts.bars(programmes, byCategory, stackedBars);
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public List<IndicatorDefinition> getIndicators() {
        return indicators;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public PeriodPicker getPeriod() {
        return period;
    }
}
