package org.liberta.courts.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.courts.internal.application.CaseWorkload;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.ui.TodaysWork;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.platform.api.ui.WorkItem;
import org.liberta.platform.api.ui.WorkItem.Urgency;

/**
 * The court part of the home page. A lawyer (or partner) sees the week's hearings, hearings that have passed without
 * an outcome, trials nearing their statutory limit and records with gaps; M&E sees only the gaps, which are
 * what make the figures wrong. Each links to "my cases" narrowed to exactly those cases.
 */
@ApplicationScoped
public class CourtsTodaysWork implements TodaysWork {

    @Inject
    private CaseWorkload workload;

    @Inject
    private Caller caller;

    @Override
    public List<WorkItem> forCurrentUser() {
        boolean lawyer = caller.hasAnyRole(Role.LAWYER, Role.PARTNER);
        if (!lawyer && !caller.hasRole(Role.MEL)) {
            return List.of();
        }
        CaseWorkload.Counts counts = workload.counts();
        List<WorkItem> items = new ArrayList<>();
        if (lawyer) {
            items.add(item("hearingsThisWeek", counts.hearingsThisWeek(), "/courts/calendar?view=week", Urgency.INFO));
            items.add(item("outcomesMissing", counts.outcomesMissing(), "/courts/index?needs=OUTCOME_MISSING",
                    Urgency.OVERDUE));
            items.add(item("clockRunningOut", counts.clockRunningOut(), "/courts/index?needs=CLOCK_RUNNING_OUT",
                    Urgency.DUE));
            items.add(item("ordersOverdue", counts.ordersOverdue(), "/courts/index?needs=ORDER_OVERDUE",
                    Urgency.OVERDUE));
        }
        items.add(item("dataQuality", counts.dataQualityGaps(), "/courts/index?needs=DATA_QUALITY", Urgency.DUE));
        return items;
    }

    private static WorkItem item(String key, long count, String outcome, Urgency whenAny) {
        return WorkItem.counted("courts." + key, UiFeedback.text(CourtsMenu.BUNDLE, "module.title"), count,
                UiFeedback.text(CourtsMenu.BUNDLE, "today." + key), outcome, whenAny);
    }

    @Override
    public int order() {
        return 200;
    }
}
