package org.liberta.witness.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.platform.api.indicators.Tally;
import org.liberta.platform.api.persistence.Tallies;
import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.Reminder;
import org.liberta.witness.internal.figures.WitnessFigureQueries;

/** The witness programme's figures in SQL: aggregates in the database, never records loaded to be counted in Java. */
@ApplicationScoped
public class JpaWitnessFigureQueries implements WitnessFigureQueries {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public java.util.Map<Long, Long> countRecordedAttendances(Collection<Long> programmeIds, LocalDate from,
            LocalDate to, boolean attendedOnly, Tally tally) {
        return Tallies.run(tally, em.createQuery(tally.select("count(a)", "a.programmeId", recorded(attendedOnly))),
                programmeIds, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    }

    @Override
    public List<Attendance> recordedAttendances(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            boolean attendedOnly, int first, int max) {
        return em.createQuery("select a " + recorded(attendedOnly) + " order by a.hearingAt, a.id", Attendance.class)
                .setParameter("p", programmeIds).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    /** Attendances recorded at hearings in [:from, :to) that sat (attendance is only recorded then). */
    private static String recorded(boolean attendedOnly) {
        return "from Attendance a where a.programmeId in :p and a.hearingAt >= :from and a.hearingAt < :to and "
                + (attendedOnly ? "a.attended = true" : "a.attended is not null");
    }

    @Override
    public List<AttendanceCount> attendanceBy(String grouping, Collection<Long> programmeIds, LocalDateTime from,
            LocalDateTime to) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        String key = switch (grouping) {
            case "role" -> "a.witnessRole";
            case "court" -> "a.courtName";
            case "month" -> "function('YEAR', a.hearingAt), function('MONTH', a.hearingAt)";
            default -> throw new IllegalArgumentException(grouping);
        };
        // Two grouped counts rather than one with CASE: a boolean literal inside CASE reaches H2 as 1, which H2
        // refuses to compare with a BOOLEAN column.
        Map<String, Long> required = grouped(key, "a.attended is not null", programmeIds, from, to);
        Map<String, Long> attended = grouped(key, "a.attended = true", programmeIds, from, to);
        return required.entrySet().stream().map(e -> new AttendanceCount(e.getKey(), e.getValue(),
                attended.getOrDefault(e.getKey(), 0L))).toList();
    }

    private Map<String, Long> grouped(String key, String condition, Collection<Long> programmeIds, LocalDateTime from,
            LocalDateTime to) {
        Map<String, Long> counts = new java.util.TreeMap<>(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        em.createQuery("select " + key + ", count(a) from Attendance a where a.programmeId in :p and a.hearingAt >= :from"
                + " and a.hearingAt < :to and " + condition + " group by " + key, Object[].class)
                .setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> {
                    boolean month = r.length == 3;
                    String k = month ? String.format("%04d-%02d", ((Number) r[0]).intValue(), ((Number) r[1]).intValue())
                            : (String) r[0];
                    counts.put(k, ((Number) r[month ? 2 : 1]).longValue());
                });
        return counts;
    }

    @Override
    public long[] confirmations(Collection<Long> programmeIds, LocalDateTime from, LocalDateTime to) {
        if (programmeIds.isEmpty()) {
            return new long[2];
        }
        Object[] r = em.createQuery("select count(a), sum(case when a.confirmedAt is not null then 1 else 0 end)"
                + " from Attendance a where a.programmeId in :p and a.hearingAt >= :from and a.hearingAt < :to"
                + " and a.attended is not null", Object[].class)
                .setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to).getSingleResult();
        return new long[] {((Number) r[0]).longValue(), r[1] == null ? 0 : ((Number) r[1]).longValue()};
    }

    @Override
    public java.util.Map<Reminder.State, Long> remindersByState(Collection<Long> programmeIds, java.time.Instant from,
            java.time.Instant to) {
        java.util.Map<Reminder.State, Long> counts = new java.util.EnumMap<>(Reminder.State.class);
        if (!programmeIds.isEmpty()) {
            em.createQuery("select r.state, count(r) from Reminder r where r.programmeId in :p and r.dueAt >= :from"
                    + " and r.dueAt < :to group by r.state", Object[].class)
                    .setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to).getResultList()
                    .forEach(r -> counts.put((Reminder.State) r[0], ((Number) r[1]).longValue()));
        }
        return counts;
    }

    @Override
    public java.util.Map<String, LocalDateTime> programmeStartByCourt(Collection<Long> programmeIds) {
        java.util.Map<String, LocalDateTime> starts = new java.util.HashMap<>();
        if (!programmeIds.isEmpty()) {
            em.createQuery("select a.courtName, min(a.hearingAt) from Attendance a where a.programmeId in :p"
                    + " and a.courtName is not null group by a.courtName", Object[].class)
                    .setParameter("p", programmeIds).getResultList()
                    .forEach(r -> starts.put((String) r[0], (LocalDateTime) r[1]));
        }
        return starts;
    }
}
