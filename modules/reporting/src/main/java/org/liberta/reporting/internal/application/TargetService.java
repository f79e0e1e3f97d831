package org.liberta.reporting.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.reporting.internal.domain.ReportingRepository;
import org.liberta.reporting.internal.domain.Target;

/**
 * Targets per indicator and period, for the direct column or one programme; the headline report for exactly that
 * period shows them and the progress towards them. M&amp;E and administrators set them; setting one again replaces it.
 */
@ApplicationScoped
@Transactional
public class TargetService {

    @Inject
    private ReportingRepository repository;

    @Inject
    private HeadlineReportService reports;

    @Inject
    private Programmes programmes;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    /** {@code programme} empty or absent for the direct column. */
    public record NewTarget(String indicator, LocalDate from, LocalDate to, String programme, Long value) {
    }

    public NewTarget set(NewTarget t) {
        caller.requireAnyRole(Role.MEL, Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        String code = t.indicator() == null ? "" : t.indicator().strip().toUpperCase(Locale.ROOT);
        if (reports.catalogue().stream().noneMatch(d -> d.code().equals(code))) {
            errors.add(new FieldError("indicator", code.isEmpty() ? "is required" : "unknown indicator code"));
        }
        String programme = t.programme() == null ? Target.DIRECT : t.programme().strip().toUpperCase(Locale.ROOT);
        if (!programme.isEmpty() && programmes.byCode(programme).isEmpty()) {
            errors.add(new FieldError("programme", "unknown programme code"));
        }
        if (t.value() == null || t.value() < 0) {
            errors.add(new FieldError("value", "is a count of 0 or more"));
        }
        try {
            new Period(t.from(), t.to());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        InvalidInputException.throwIfAny(errors);
        Target target = repository.target(code, t.from(), t.to(), programme).orElse(null);
        if (target == null) {
            repository.save(new Target(code, t.from(), t.to(), programme, t.value()));
        } else {
            target.setValue(t.value());
        }
        repository.flush();
        audit.record(AuditActions.UPDATE, "report-target", null, code + " " + t.from() + ".." + t.to());
        return new NewTarget(code, t.from(), t.to(), programme, t.value());
    }
}
