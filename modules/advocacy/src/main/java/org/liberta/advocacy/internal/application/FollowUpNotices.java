package org.liberta.advocacy.internal.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ui.HomeNotice;
import org.liberta.platform.api.ui.HomeNotices;
import org.liberta.platform.api.ui.UiFeedback;

/** Puts the signed-in user's overdue advocacy follow-ups on their home page. */
@ApplicationScoped
public class FollowUpNotices implements HomeNotices {

    @Inject
    private AdvocacyService advocacy;

    @Inject
    private Caller caller;

    @Override
    public List<HomeNotice> forCurrentUser() {
        if (!caller.hasAnyRole(AdvocacyScope.WRITERS)) {
            return List.of();
        }
        return advocacy.myOverdueFollowUps().stream().map(f -> new HomeNotice(java.text.MessageFormat.format(
                UiFeedback.text("org.liberta.advocacy.web.messages", "followUp.overdue"), f.action(), f.due()),
                "/advocacy/index", true)).toList();
    }
}
