package org.liberta.advocacy.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.advocacy.internal.application.AdvocacyService;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.ui.TodaysWork;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.platform.api.ui.WorkItem;
import org.liberta.platform.api.ui.WorkItem.Urgency;

/** The advocacy part of the home page: my follow-ups due by today, and campaigns without activity for 60 days. */
@ApplicationScoped
public class AdvocacyTodaysWork implements TodaysWork {

    @Inject
    private AdvocacyService advocacy;

    @Inject
    private Caller caller;

    @Override
    public List<WorkItem> forCurrentUser() {
        if (!caller.hasRole(Role.ADVOCACY)) {
            return List.of();
        }
        AdvocacyService.Workload work = advocacy.workload();
        String area = UiFeedback.text(AdvocacyMenu.BUNDLE, "module.title");
        return List.of(
                WorkItem.counted("advocacy.followUpsDue", area, work.followUpsDue(),
                        UiFeedback.text(AdvocacyMenu.BUNDLE, "today.followUpsDue"), "/advocacy/index", Urgency.OVERDUE),
                WorkItem.counted("advocacy.quietCampaigns", area, work.quietCampaigns(),
                        UiFeedback.text(AdvocacyMenu.BUNDLE, "today.quietCampaigns"), "/advocacy/index?quiet=true",
                        Urgency.DUE));
    }

    @Override
    public int order() {
        return 500;
    }
}
