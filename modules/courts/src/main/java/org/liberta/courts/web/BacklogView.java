package org.liberta.courts.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import org.liberta.courts.internal.application.BacklogService.Backlog;
import org.liberta.courts.internal.application.BacklogService;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.sheets.Spreadsheets;
import org.liberta.platform.api.ui.Charts;
import org.liberta.platform.api.ui.PeriodPicker;
import org.liberta.platform.api.ui.UiFeedback;

/** The backlog analysis page: the figures, two charts (age of the backlog, why hearings fail) and the exports. */
@Named
@ViewScoped
public class BacklogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BacklogService service;

    @Inject
    private Programmes programmes;

    @Inject
    private Caller caller;

    private String programme;
    private final PeriodPicker period = PeriodPicker.endingToday(java.time.Period.ofMonths(6));
    private Backlog backlog;

    @PostConstruct
    void init() {
        List<ProgrammeSummary> mine = getProgrammes();
        programme = mine.isEmpty() ? null : mine.get(0).code();
        refresh();
    }

    public void refresh() {
        if (programme != null) {
            UiFeedback.attempt(() -> backlog = service.backlog(programme, period.getFrom(), period.getTo()), null);
        }
    }

    public List<ProgrammeSummary> getProgrammes() {
        return programmes.all().stream().filter(p -> caller.canSeeProgramme(p.id())).toList();
    }

    /** A figure as shown: a dash where there is nothing to divide by. */
    public String show(Object value, String unit) {
        return value == null ? "—" : value + unit;
    }

    public String getAgeChart() {
        return Charts.bar(backlog.pendingByAge(), "#3b4f8f");
    }

    public String getAdjournmentChart() {
        return Charts.bar(backlog.adjournmentsByReason(), "#c2410c");
    }

    public StreamedContent getCsv() {
        String code = programme;
        LocalDate f = period.getFrom();
        LocalDate t = period.getTo();
        return DefaultStreamedContent.builder().name("backlog-" + code + ".csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(service.csv(code, f, t).getBytes(StandardCharsets.UTF_8))).build();
    }

    public StreamedContent getXlsx() {
        String code = programme;
        LocalDate f = period.getFrom();
        LocalDate t = period.getTo();
        return DefaultStreamedContent.builder().name("backlog-" + code + ".xlsx").contentType(Spreadsheets.XLSX)
                .stream(() -> new ByteArrayInputStream(service.workbook(code, f, t))).build();
    }

    public Backlog getBacklog() {
        return backlog;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public PeriodPicker getPeriod() {
        return period;
    }
}
