package org.liberta.reporting.web;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.ui.TodaysWork;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.platform.api.ui.WorkItem;
import org.liberta.platform.api.ui.WorkItem.Urgency;
import org.liberta.reporting.internal.application.SnapshotService;

/**
 * M&E's part of the home page: whether the six-month report now due is published and, once it is, how many of its
 * figures the records now give differently (a late entry, a correction), linking to the comparison.
 */
@ApplicationScoped
public class ReportingTodaysWork implements TodaysWork {

    @Inject
    private SnapshotService snapshots;

    @Inject
    private Caller caller;

    @Override
    public List<WorkItem> forCurrentUser() {
        if (!caller.hasRole(Role.MEL)) {
            return List.of();
        }
        SnapshotService.CurrentReport report = snapshots.currentReport();
        String area = UiFeedback.text(ReportingMenu.BUNDLE, "module.title");
        String period = MessageFormat.format(UiFeedback.text(ReportingMenu.BUNDLE, "today.report"),
                report.period().from().toString(), report.period().to().toString());
        List<WorkItem> items = new ArrayList<>();
        if (report.published() == null) {
            items.add(new WorkItem("reporting.currentReport", area, UiFeedback.text(ReportingMenu.BUNDLE, "today.notPublished"),
                    period, "/reporting/index", Urgency.OVERDUE));
        } else {
            items.add(new WorkItem("reporting.currentReport", area, UiFeedback.text(ReportingMenu.BUNDLE, "today.published"),
                    period, "/reporting/index?snapshot=" + report.published().id(), Urgency.CLEAR));
            items.add(WorkItem.counted("reporting.figuresChanged", area, report.figuresChanged(),
                    UiFeedback.text(ReportingMenu.BUNDLE, "today.figuresChanged"),
                    "/reporting/index?snapshot=" + report.published().id(), Urgency.DUE));
        }
        return items;
    }

    @Override
    public int order() {
        return 600;
    }
}
