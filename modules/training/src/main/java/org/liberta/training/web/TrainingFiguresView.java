package org.liberta.training.web;

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
import org.liberta.training.internal.application.TrainingFigures.Figures;
import org.liberta.training.internal.application.TrainingFigures.Row;
import org.liberta.training.internal.application.TrainingFigures;

/** The training figures for a period (March–August 2021 by default, the report's period), with a chart by profession. */
@Named
@ViewScoped
public class TrainingFiguresView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingFigures service;

    private final PeriodPicker period = PeriodPicker.between(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 8, 31));
    private Figures figures;
    private java.util.List<Row> organisations = java.util.List.of();

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        LocalDate f = period.getFrom();
        LocalDate t = period.getTo();
        organisations = java.util.List.of();
        UiFeedback.attempt(() -> figures = service.figures(f, t), null);
    }

    /** The organisations' breakdown reads more of the table, so it is fetched when asked for. */
    public void showOrganisations() {
        LocalDate f = period.getFrom();
        LocalDate t = period.getTo();
        UiFeedback.attempt(() -> organisations = service.byOrganisation(f, t), null);
    }

    public String show(Object value, String unit) {
        return value == null ? "—" : value + unit;
    }

    public String getProfessionChart() {
        Map<String, Long> trained = new LinkedHashMap<>();
        if (figures != null) {
            for (Row row : figures.byProfession()) {
                trained.put(UiFeedback.text(TrainingMenu.BUNDLE, "profession." + row.key()), row.trained());
            }
        }
        return Charts.bar(trained, "#2f6f4f");
    }

    public java.util.List<Row> getOrganisations() {
        return organisations;
    }

    public Figures getFigures() {
        return figures;
    }

    public PeriodPicker getPeriod() {
        return period;
    }
}
