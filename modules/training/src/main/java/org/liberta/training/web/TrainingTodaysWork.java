package org.liberta.training.web;

import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.ui.TodaysWork;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.platform.api.ui.WorkItem;
import org.liberta.platform.api.ui.WorkItem.Urgency;
import org.liberta.training.internal.application.TrainingService;

/**
 * The trainer's part of the home page: this month's sessions, scores and certificates still owed to people already
 * trained, and certificates about to expire (whose holders may need a refresher).
 */
@ApplicationScoped
public class TrainingTodaysWork implements TodaysWork {

    @Inject
    private TrainingService training;

    @Inject
    private Caller caller;

    @Override
    public List<WorkItem> forCurrentUser() {
        if (!caller.hasRole(Role.TRAINER)) {
            return List.of();
        }
        TrainingService.Workload work = training.workload();
        return List.of(
                item("sessionsThisMonth", work.sessionsThisMonth(), "/training/index?month=" + YearMonth.now(),
                        Urgency.INFO),
                item("scoresMissing", work.scoresMissing(), "/training/index?needs=SCORES_MISSING", Urgency.DUE),
                item("certificatesToIssue", work.certificatesToIssue(), "/training/index?needs=CERTIFICATE_TO_ISSUE",
                        Urgency.DUE),
                item("certificatesExpiring", work.certificatesExpiring(), "/training/index", Urgency.INFO));
    }

    private static WorkItem item(String key, long count, String outcome, Urgency whenAny) {
        return WorkItem.counted("training." + key, UiFeedback.text(TrainingMenu.BUNDLE, "module.title"), count,
                UiFeedback.text(TrainingMenu.BUNDLE, "today." + key), outcome, whenAny);
    }

    @Override
    public int order() {
        return 400;
    }
}
