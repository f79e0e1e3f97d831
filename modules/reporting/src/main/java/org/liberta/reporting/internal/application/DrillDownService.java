package org.liberta.reporting.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.indicators.IndicatorProvider;

/**
 * The records behind a figure of the headline report: for one indicator, period and column (direct, incl. funded
 * joint operations, or a programme), the pseudonymised records the owning module counted, a page at a time, within
 * the viewer's programmes. M&amp;E and administrators may look at any figure's records; the people who keep a
 * module's records at that module's (IndicatorProvider#recordsReadBy); every look is audited.
 */
@ApplicationScoped
public class DrillDownService {

    @Inject
    private ReportScope scope;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    /** One record as the drill-down lists it. */
    public record RecordLine(String reference, String programme, LocalDate date, String detail) implements Serializable {
    }

    /** The indicators whose records the caller may list, for pages that make those figures clickable. */
    public Set<String> listedIndicators() {
        return scope.indicators().entrySet().stream()
                .filter(e -> e.getValue().listsRecords(e.getKey().code()) && caller.hasAnyRole(readers(e.getValue())))
                .map(e -> e.getKey().code()).collect(Collectors.toSet());
    }

    public Page<RecordLine> records(String code, LocalDate from, LocalDate to, String column, PageRequest page) {
        caller.requireAnyRole(Role.values());
        Period period = new Period(from, to);
        String indicator = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        IndicatorProvider provider = scope.provider(indicator).orElseThrow(() -> InvalidInputException.of("code", "unknown indicator code"));
        if (!provider.listsRecords(indicator)) {
            throw InvalidInputException.of("code", "the records behind this indicator are not listed");
        }
        caller.requireAnyRole(readers(provider));
        List<ProgrammeSummary> visible = scope.visibleProgrammes();
        String which = column == null || column.isBlank() ? HeadlineReportService.DIRECT : column.strip();
        Set<Long> ids = switch (which) {
            case HeadlineReportService.DIRECT -> ids(visible.stream().filter(p -> p.relationship().countsAsDirect()));
            case HeadlineReportService.INCL -> ids(visible.stream()
                    .filter(p -> p.relationship().countsInclFundedJointOps()));
            default -> {
                Set<Long> one = ids(visible.stream().filter(p -> p.code().equalsIgnoreCase(which)));
                if (one.isEmpty()) {
                    throw InvalidInputException.of("column", "is direct, inclFundedJointOps or one of your programmes");
                }
                yield one;
            }
        };
        Map<Long, String> codes = visible.stream().collect(Collectors.toMap(ProgrammeSummary::id, ProgrammeSummary::code));
        List<RecordLine> lines = provider.records(indicator, period, ids, page.offset(), page.size()).stream()
                .map(r -> new RecordLine(r.reference(), codes.get(r.programmeId()), r.date(), r.detail())).toList();
        audit.record(AuditActions.EXPORT, "report-records", null, indicator + " " + which + " " + from + ".." + to);
        return new Page<>(lines, provider.countRecords(indicator, period, ids), page.page(), page.size());
    }

    /** M&amp;E and administrators read every module's records; others only those their own work keeps. */
    private static Role[] readers(IndicatorProvider provider) {
        Set<Role> readers = java.util.EnumSet.of(Role.MEL, Role.ADMIN);
        readers.addAll(provider.recordsReadBy());
        return readers.toArray(Role[]::new);
    }

    private static Set<Long> ids(java.util.stream.Stream<ProgrammeSummary> programmes) {
        return programmes.map(ProgrammeSummary::id).collect(Collectors.toSet());
    }
}
