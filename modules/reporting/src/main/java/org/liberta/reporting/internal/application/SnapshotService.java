package org.liberta.reporting.internal.application;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.TextFields;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.reporting.internal.domain.ReportPeriods;
import org.liberta.reporting.internal.domain.ReportingRepository;
import org.liberta.reporting.internal.domain.Snapshot;

/**
 * Publishing a period's report: an immutable snapshot of its figures, who published it and when, and the version
 * of the indicator definitions it was counted under. Reading it back shows, beside the published figures, every
 * figure the records now give differently — so a late record changes nothing published, and nobody is surprised.
 * M&amp;E and administrators publish and read snapshots (they see every programme).
 */
@ApplicationScoped
@Transactional
public class SnapshotService {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private ReportingRepository repository;

    @Inject
    private HeadlineReportService reports;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    public record NewSnapshot(String title, LocalDate from, LocalDate to, LocalDate compareFrom, LocalDate compareTo,
            String audience) {
    }

    public record SnapshotSummary(long id, String title, HeadlineReport.Dates period, HeadlineReport.Dates comparison,
            String audience, String definitionsVersion, String publishedBy, Instant publishedAt) implements Serializable {
    }

    /** One figure the records now give differently from what was published. */
    public record Difference(String code, String column, Long published, Long now) implements Serializable {
    }

    public record PublishedReport(SnapshotSummary snapshot, HeadlineReport figures, boolean definitionsChanged,
            List<Difference> differences) implements Serializable {
    }

    public SnapshotSummary publish(NewSnapshot s) {
        caller.requireAnyRole(Role.MEL, Role.ADMIN);
        List<org.liberta.platform.api.FieldError> errors = new ArrayList<>();
        String title = TextFields.required(errors, "title", s.title(), 200);
        if (!errors.isEmpty()) {
            throw new org.liberta.platform.api.InvalidInputException(errors);
        }
        HeadlineReport report = reports.headline(new ReportRequest(s.from(), s.to(), s.compareFrom(), s.compareTo(),
                null, null, s.audience()));
        Snapshot saved = repository.save(new Snapshot(title, report.period().from(), report.period().to(),
                report.comparison().from(), report.comparison().to(), report.audience(), definitionsVersion(),
                caller.username(), Instant.now(), JSON.toJson(report)));
        repository.flush();
        audit.record(AuditActions.CREATE, "report-snapshot", saved.getId(), title);
        return summary(saved);
    }

    public List<SnapshotSummary> snapshots() {
        caller.requireAnyRole(Role.MEL, Role.ADMIN);
        return repository.snapshots(200).stream().map(SnapshotService::summary).toList();
    }

    /**
     * The six-month report now due (the latest six months complete), whether it has been published, and how many of
     * its published figures the records now give differently (null when it is not published).
     */
    public record CurrentReport(ReportPeriods.Dates period, SnapshotSummary published, Integer figuresChanged) {
    }

    public CurrentReport currentReport() {
        caller.requireAnyRole(Role.MEL, Role.ADMIN);
        ReportPeriods.Dates period = ReportPeriods.latest(ReportPeriods.Kind.SIX_MONTHS, LocalDate.now());
        return repository.latestSnapshotOf(period.from(), period.to())
                .map(s -> new CurrentReport(period, summary(s), snapshot(s.getId()).differences().size()))
                .orElse(new CurrentReport(period, null, null));
    }

    /** The published figures, and every figure that differs now, column by column. */
    public PublishedReport snapshot(long id) {
        caller.requireAnyRole(Role.MEL, Role.ADMIN);
        Snapshot s = repository.snapshot(id).orElseThrow(() -> new NotFoundException("snapshot"));
        HeadlineReport published = JSON.fromJson(s.getFigures(), HeadlineReport.class);
        HeadlineReport now = reports.headline(new ReportRequest(s.getPeriodFrom(), s.getPeriodTo(), s.getCompareFrom(),
                s.getCompareTo(), published.indicators().stream().map(HeadlineReport.Line::code).toList(),
                published.programmes().stream().map(HeadlineReport.Column::code).toList(), s.getAudience()));
        return new PublishedReport(summary(s), published, !definitionsVersion().equals(s.getDefinitionsVersion()),
                differences(published, now));
    }

    static List<Difference> differences(HeadlineReport published, HeadlineReport now) {
        Map<String, HeadlineReport.Line> current = now.indicators().stream()
                .collect(Collectors.toMap(HeadlineReport.Line::code, Function.identity()));
        List<Difference> differences = new ArrayList<>();
        for (HeadlineReport.Line was : published.indicators()) {
            HeadlineReport.Line is = current.get(was.code());
            if (is == null) {
                continue;
            }
            compare(differences, was.code(), HeadlineReportService.DIRECT, was.direct(), is.direct());
            compare(differences, was.code(), HeadlineReportService.PREVIOUS, was.directPrevious(), is.directPrevious());
            compare(differences, was.code(), HeadlineReportService.INCL, was.inclFundedJointOps(), is.inclFundedJointOps());
            was.byProgramme().forEach((code, value) -> compare(differences, was.code(), code, value,
                    is.byProgramme().get(code)));
        }
        return differences;
    }

    private static void compare(List<Difference> differences, String code, String column, Long published, Long now) {
        if (!Objects.equals(published, now)) {
            differences.add(new Difference(code, column, published, now));
        }
    }

    /** A fingerprint of every indicator's code, label and denominator: counted the same way, it stays the same. */
    private String definitionsVersion() {
        StringBuilder all = new StringBuilder();
        for (IndicatorDefinition d : reports.catalogue()) {
            all.append(d.code()).append('|').append(d.label()).append('|').append(d.denominator()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(all.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SnapshotSummary summary(Snapshot s) {
        return new SnapshotSummary(s.getId(), s.getTitle(), new HeadlineReport.Dates(s.getPeriodFrom(), s.getPeriodTo()),
                new HeadlineReport.Dates(s.getCompareFrom(), s.getCompareTo()), s.getAudience(),
                s.getDefinitionsVersion(), s.getPublishedBy(), s.getPublishedAt());
    }
}
