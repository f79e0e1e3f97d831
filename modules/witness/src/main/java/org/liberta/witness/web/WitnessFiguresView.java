package org.liberta.witness.web;

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
import org.liberta.witness.internal.application.WitnessFigures.AttendanceRow;
import org.liberta.witness.internal.application.WitnessFigures.Figures;
import org.liberta.witness.internal.application.WitnessFigures;

/** The programme's figures for a period (the last twelve months unless chosen), with the attendance rate by month. */
@Named
@ViewScoped
public class WitnessFiguresView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WitnessFigures service;

    private final PeriodPicker period = PeriodPicker.endingToday(java.time.Period.ofYears(1));
    private Figures figures;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        LocalDate f = period.getFrom();
        LocalDate t = period.getTo();
        UiFeedback.attempt(() -> figures = service.figures(f, t), null);
    }

    /** A rate as shown: a dash where there is nothing to divide by. */
    public String percent(Double value) {
        return value == null ? "—" : value + " %";
    }

    public String getMonthChart() {
        Map<String, Double> rates = new LinkedHashMap<>();
        for (AttendanceRow row : figures == null ? java.util.List.<AttendanceRow>of() : figures.byMonth()) {
            rates.put(row.key(), row.percent() == null ? 0.0 : row.percent());
        }
        return Charts.bar(rates, "#3b4f8f");
    }

    public Figures getFigures() {
        return figures;
    }

    public PeriodPicker getPeriod() {
        return period;
    }
}
