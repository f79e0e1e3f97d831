package org.liberta.witness.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.ui.TodaysWork;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.platform.api.ui.WorkItem;
import org.liberta.platform.api.ui.WorkItem.Urgency;
import org.liberta.witness.internal.application.AttendanceService;

/** The witness team's part of the home page: calls to make today, and hearings where a witness may not come. */
@ApplicationScoped
public class WitnessTodaysWork implements TodaysWork {

    @Inject
    private AttendanceService attendance;

    @Inject
    private Caller caller;

    @Override
    public List<WorkItem> forCurrentUser() {
        if (!caller.hasAnyRole(Role.LAWYER, Role.PARTNER)) {
            return List.of();
        }
        AttendanceService.Workload work = attendance.workload();
        String area = UiFeedback.text(WitnessMenu.BUNDLE, "module.title");
        return List.of(
                WorkItem.counted("witness.callsDue", area, work.callsDue(),
                        UiFeedback.text(WitnessMenu.BUNDLE, "today.callsDue"), "/witness/index", Urgency.DUE),
                WorkItem.counted("witness.hearingsAtRisk", area, work.hearingsAtRisk(),
                        UiFeedback.text(WitnessMenu.BUNDLE, "today.hearingsAtRisk"), "/witness/index", Urgency.OVERDUE));
    }

    @Override
    public int order() {
        return 300;
    }
}
