package org.liberta.reporting.web;

import org.liberta.platform.api.ui.PeriodPicker;
import org.liberta.reporting.internal.domain.ReportPeriods;

/** The reporting pages' period: the kinds of period the charity reports on, starting on the latest six months. */
final class ReportPeriodPicker {

    private ReportPeriodPicker() {
    }

    static PeriodPicker latestSixMonths() {
        return PeriodPicker.withPresets(ReportPeriods.PRESETS, ReportPeriods.Kind.SIX_MONTHS.name(), (preset, today) -> {
            ReportPeriods.Dates dates = ReportPeriods.latest(ReportPeriods.Kind.valueOf(preset), today);
            return new PeriodPicker.Range(dates.from(), dates.to());
        });
    }
}
