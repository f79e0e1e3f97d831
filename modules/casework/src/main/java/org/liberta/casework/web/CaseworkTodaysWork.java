package org.liberta.casework.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.casework.internal.application.SurvivorService;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.ui.TodaysWork;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.platform.api.ui.WorkItem;
import org.liberta.platform.api.ui.WorkItem.Urgency;

/**
 * The navigator's part of the home page: survivors whose follow-up is overdue, and survivors with no police contact
 * yet; each opens the caseload with that switch on.
 */
@ApplicationScoped
public class CaseworkTodaysWork implements TodaysWork {

    @Inject
    private SurvivorService survivors;

    @Inject
    private Caller caller;

    @Override
    public List<WorkItem> forCurrentUser() {
        if (!caller.hasAnyRole(Role.CASEWORKER, Role.PARTNER)) {
            return List.of();
        }
        SurvivorService.Workload work = survivors.workload();
        String area = UiFeedback.text(CaseworkMenu.BUNDLE, "module.title");
        return List.of(
                WorkItem.counted("casework.overdueFollowUps", area, work.overdueFollowUps(),
                        UiFeedback.text(CaseworkMenu.BUNDLE, "today.overdueFollowUps"), "/casework/index?overdue=true",
                        Urgency.OVERDUE),
                WorkItem.counted("casework.noPoliceContact", area, work.withoutPoliceContact(),
                        UiFeedback.text(CaseworkMenu.BUNDLE, "today.noPoliceContact"), "/casework/index?noPolice=true",
                        Urgency.DUE));
    }

    @Override
    public int order() {
        return 100;
    }
}
