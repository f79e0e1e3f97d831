package org.liberta.witness.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.ui.PagedLazyModel;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.witness.internal.application.AttendanceService;
import org.liberta.witness.internal.application.AttendanceService.AtRiskHearing;
import org.liberta.witness.internal.application.AttendanceService.TaskDetail;

/**
 * Today's work: the open tasks due by today (overdue ones included), by hearing date and risk, each finished
 * with one click (a call's result is the button pressed); and the hearings of the next two weeks at risk.
 */
@Named
@ViewScoped
public class WorkQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AttendanceService attendance;

    private PagedLazyModel<TaskDetail> tasks;
    private List<AtRiskHearing> atRisk;

    /** Contact details shown for a task's witness after an explicit, audited reveal; forgotten on leaving. */
    private final java.util.Map<Long, java.util.Map<String, String>> contacts = new java.util.HashMap<>();

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        tasks = new PagedLazyModel<>(page -> attendance.workQueue(null, page), TaskDetail::id);
        atRisk = attendance.atRisk();
    }

    /** Records the task's result (CONFIRMED, NOTIFIED, NO_ANSWER, DECLINED for calls; DONE otherwise). */
    public void record(long taskId, String result) {
        if (UiFeedback.attempt(() -> attendance.complete(taskId, result, null), null)) {
            UiFeedback.info(UiFeedback.text(WitnessMenu.BUNDLE, "queue.recorded"));
            refresh();
        }
    }

    /** Shows the witness's number for the call in hand; the reveal is audited with that purpose. */
    public void showContact(TaskDetail task) {
        UiFeedback.attempt(() -> contacts.put(task.id(), attendance.revealContact(task.id(),
                "work queue: " + task.kind() + " for the hearing on " + task.hearingAt().toLocalDate())), null);
    }

    public java.util.Map<Long, java.util.Map<String, String>> getContacts() {
        return contacts;
    }

    public PagedLazyModel<TaskDetail> getTasks() {
        return tasks;
    }

    public List<AtRiskHearing> getAtRisk() {
        return atRisk;
    }
}
