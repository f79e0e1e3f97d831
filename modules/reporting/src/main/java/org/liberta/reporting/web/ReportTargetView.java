package org.liberta.reporting.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.reporting.internal.application.TargetService;

/** Sets (or replaces) a target for the period shown, for the direct column or one programme, and shows it. */
@Named
@ViewScoped
public class ReportTargetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportView page;

    @Inject
    private TargetService targets;

    private String targetIndicator;
    private String targetColumn;
    private Long targetValue;

    public void setTarget() {
        TargetService.NewTarget t = new TargetService.NewTarget(targetIndicator, page.getPeriod().getFrom(),
                page.getPeriod().getTo(), targetColumn == null || targetColumn.isBlank() ? null : targetColumn,
                targetValue);
        if (UiFeedback.attempt(() -> targets.set(t), null)) {
            UiFeedback.info(UiFeedback.text(ReportingMenu.BUNDLE, "targets.done"));
            targetValue = null;
            page.show();
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
}
