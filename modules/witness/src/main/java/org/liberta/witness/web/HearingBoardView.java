package org.liberta.witness.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.ui.RecordPage;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.witness.internal.application.AttendanceService.HearingPlan;
import org.liberta.witness.internal.application.AttendanceService;

/** A hearing's readiness board: every required witness, where they stand on the ladder, their tasks and risks. */
@Named
@ViewScoped
public class HearingBoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AttendanceService attendance;

    private Long id;
    private HearingPlan plan;

    /** f:viewAction: loads the board, or goes back to the work queue when the hearing is not the caller's. */
    public void load() throws IOException {
        RecordPage.loadOrReturnTo("index.xhtml", () -> {
            plan = attendance.plan(RecordPage.idOrNone(id));
        });
    }

    public void record(long taskId, String result) {
        if (UiFeedback.attempt(() -> attendance.complete(taskId, result, null), null)) {
            UiFeedback.info(UiFeedback.text(WitnessMenu.BUNDLE, "queue.recorded"));
            plan = attendance.plan(plan.hearing().id().value());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public HearingPlan getPlan() {
        return plan;
    }
}
