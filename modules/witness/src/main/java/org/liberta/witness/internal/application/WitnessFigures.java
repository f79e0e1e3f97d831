package org.liberta.witness.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.courts.api.CourtMonth;
import org.liberta.courts.api.CourtRecords;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Role;
import org.liberta.witness.internal.domain.Reminder;
import org.liberta.witness.internal.domain.WitnessRepository;
import org.liberta.witness.internal.figures.WitnessFigureQueries.AttendanceCount;
import org.liberta.witness.internal.figures.WitnessFigureQueries;

/**
 * The witness programme's figures for a period, each counted in the database: attendance rate (attended ÷ required
 * at hearings that sat) overall and by witness role, court and month; per court, hearings adjourned for an absent
 * witness before and after the programme began there (its first planned hearing at that court); the share of
 * witnesses who confirmed before the day; and how many reminders were delivered. Within the caller's programmes.
 */
@ApplicationScoped
@Transactional
public class WitnessFigures {

    /** Longest period asked for at once. */
    static final int MAX_YEARS = 10;

    @Inject
    private WitnessRepository repository;

    @Inject
    private WitnessFigureQueries queries;

    @Inject
    private CourtRecords courts;

    @Inject
    private Caller caller;

    /** {@code count} of {@code of}, and the percentage (one decimal) or null when there is nothing to divide by. */
    public record Rate(long count, long of, Double percent) implements Serializable {

        static Rate of(long count, long of) {
            return new Rate(count, of, of == 0 ? null : Math.round(1000.0 * count / of) / 10.0);
        }
    }

    /** Attendance in one group: witnesses required at hearings that sat, those who came, the rate. */
    public record AttendanceRow(String key, long required, long attended, Double percent) implements Serializable {
    }

    /** One court's adjournments for witness absence among its hearings that sat, before and after the programme. */
    public record CourtComparison(String court, LocalDate programmeStarted, Rate before, Rate after) implements Serializable {
    }

    public record ReminderDelivery(long sent, long failed, long dropped, long pending, Rate delivered) implements Serializable {
    }

    public record Figures(LocalDate from, LocalDate to, Rate attendance, List<AttendanceRow> byRole,
            List<AttendanceRow> byCourt, List<AttendanceRow> byMonth, List<CourtComparison> adjournments,
            Rate confirmed, ReminderDelivery reminders) implements Serializable {
    }

    public Figures figures(LocalDate from, LocalDate to) {
        caller.requireAnyRole(Role.LAWYER, Role.PARTNER, Role.MEL, Role.ADMIN);
        if (from == null || to == null) {
            throw InvalidInputException.of(from == null ? "from" : "to", "is required");
        }
        if (from.isAfter(to)) {
            throw InvalidInputException.of("from", "must not be after to");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw InvalidInputException.of("to", "the period may be at most " + MAX_YEARS + " years");
        }
        var programmes = caller.programmeIds();
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        List<AttendanceRow> byRole = rows(queries.attendanceBy("role", programmes, start, end));
        long required = byRole.stream().mapToLong(AttendanceRow::required).sum();
        long attended = byRole.stream().mapToLong(AttendanceRow::attended).sum();
        long[] confirmations = queries.confirmations(programmes, start, end);
        Map<Reminder.State, Long> reminders = queries.remindersByState(programmes, start.toInstant(ZoneOffset.UTC),
                end.toInstant(ZoneOffset.UTC));
        long sent = reminders.getOrDefault(Reminder.State.SENT, 0L);
        long failed = reminders.getOrDefault(Reminder.State.FAILED, 0L);
        return new Figures(from, to, Rate.of(attended, required), byRole,
                rows(queries.attendanceBy("court", programmes, start, end)),
                rows(queries.attendanceBy("month", programmes, start, end)),
                comparisons(courts.hearingsByCourtAndMonth(programmes, from, to),
                        queries.programmeStartByCourt(programmes)),
                Rate.of(confirmations[1], confirmations[0]),
                new ReminderDelivery(sent, failed, reminders.getOrDefault(Reminder.State.DROPPED, 0L),
                        reminders.getOrDefault(Reminder.State.PENDING, 0L), Rate.of(sent, sent + failed)));
    }

    private static List<AttendanceRow> rows(List<AttendanceCount> counts) {
        return counts.stream().map(c -> new AttendanceRow(c.key() == null ? "—" : c.key(), c.required(), c.attended(),
                Rate.of(c.attended(), c.required()).percent())).toList();
    }

    /**
     * Splits each court's months at the month the programme began there (that month counts as after); a court where
     * it has not begun has only a "before".
     */
    static List<CourtComparison> comparisons(List<CourtMonth> months, Map<String, LocalDateTime> starts) {
        Map<String, long[]> byCourt = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (CourtMonth m : months) {
            LocalDateTime started = starts.get(m.court());
            boolean after = started != null && !m.month().isBefore(YearMonth.from(started));
            long[] c = byCourt.computeIfAbsent(m.court(), k -> new long[4]);
            c[after ? 2 : 0] += m.sat();
            c[after ? 3 : 1] += m.adjournedForWitnessAbsence();
        }
        List<CourtComparison> rows = new ArrayList<>();
        byCourt.forEach((court, c) -> {
            LocalDateTime started = starts.get(court);
            rows.add(new CourtComparison(court, started == null ? null : started.toLocalDate(), Rate.of(c[1], c[0]),
                    Rate.of(c[3], c[2])));
        });
        return rows;
    }
}
