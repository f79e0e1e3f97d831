package org.liberta.witness.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.Concern;
import org.liberta.witness.internal.domain.ContactRule;
import org.liberta.witness.internal.domain.Reminder;
import org.liberta.witness.internal.domain.WitnessRepository;
import org.liberta.witness.internal.domain.WitnessTask;
import org.liberta.platform.api.indicators.Tally;
import org.liberta.platform.api.persistence.Tallies;

@ApplicationScoped
public class JpaWitnessRepository implements WitnessRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public <T> T save(T entity) {
        em.persist(entity);
        return entity;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Attendance> attendance(long id) {
        return Optional.ofNullable(em.find(Attendance.class, id));
    }

    @Override
    public Optional<Attendance> attendance(long hearingId, long witnessId) {
        return em.createQuery("select a from Attendance a where a.hearingId = :h and a.witnessId = :w", Attendance.class)
                .setParameter("h", hearingId).setParameter("w", witnessId).getResultStream().findFirst();
    }

    @Override
    public List<Attendance> attendancesOf(long hearingId) {
        return em.createQuery("select a from Attendance a where a.hearingId = :h order by a.id", Attendance.class)
                .setParameter("h", hearingId).getResultList();
    }

    @Override
    public List<Attendance> attendancesBetween(Collection<Long> programmeIds, LocalDateTime from, LocalDateTime to) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select a from Attendance a where a.programmeId in :p"
                + " and a.hearingAt >= :from and a.hearingAt < :to order by a.hearingAt, a.id", Attendance.class)
                .setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<Attendance> recordedAttendances(Collection<Long> witnessIds) {
        return witnessIds.isEmpty() ? List.of() : em.createQuery("select a from Attendance a where a.witnessId in :w"
                + " and a.attended is not null", Attendance.class).setParameter("w", witnessIds).getResultList();
    }

    @Override
    public List<Long> dueReminderIds(java.time.Instant now, int limit) {
        return em.createQuery("select r.id from Reminder r where r.state = :pending and r.nextAttemptAt <= :now"
                + " and (r.claimedUntil is null or r.claimedUntil < :now) order by r.nextAttemptAt, r.id", Long.class)
                .setParameter("pending", org.liberta.witness.internal.domain.Reminder.State.PENDING)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public boolean claimReminder(long id, String instance, java.time.Instant until, java.time.Instant now) {
        return em.createQuery("update Reminder r set r.claimedBy = :me, r.claimedUntil = :until where r.id = :id"
                + " and r.state = :pending and (r.claimedUntil is null or r.claimedUntil < :now)")
                .setParameter("me", instance).setParameter("until", until).setParameter("id", id)
                .setParameter("pending", org.liberta.witness.internal.domain.Reminder.State.PENDING)
                .setParameter("now", now).executeUpdate() == 1;
    }

    @Override
    public Optional<org.liberta.witness.internal.domain.Reminder> reminder(long id) {
        return Optional.ofNullable(em.find(org.liberta.witness.internal.domain.Reminder.class, id));
    }

    @Override
    public List<org.liberta.witness.internal.domain.Reminder> remindersOfHearing(long hearingId) {
        return em.createQuery("select r from Reminder r where r.hearingId = :h order by r.dueAt, r.id",
                org.liberta.witness.internal.domain.Reminder.class).setParameter("h", hearingId).getResultList();
    }

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
    public List<org.liberta.witness.internal.domain.Staff> staffOf(Collection<Long> programmeIds) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select s from WitnessStaff s where s.programmeId in :p"
                + " and s.active = true order by s.name, s.id", org.liberta.witness.internal.domain.Staff.class)
                .setParameter("p", programmeIds).getResultList();
    }

    @Override
    public Optional<org.liberta.witness.internal.domain.Staff> staff(long id) {
        return Optional.ofNullable(em.find(org.liberta.witness.internal.domain.Staff.class, id));
    }

    @Override
    public java.util.Set<Long> absentOn(Collection<Long> staffIds, LocalDate day) {
        return staffIds.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(em.createQuery(
                "select a.staffId from StaffAbsence a where a.staffId in :s and a.awayOn = :d", Long.class)
                .setParameter("s", staffIds).setParameter("d", day).getResultList());
    }

    @Override
    public List<org.liberta.witness.internal.domain.EscortAssignment> escortsOn(Collection<Long> programmeIds, LocalDate day) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select e from EscortAssignment e where"
                + " e.programmeId in :p and e.escortOn = :d", org.liberta.witness.internal.domain.EscortAssignment.class)
                .setParameter("p", programmeIds).setParameter("d", day).getResultList();
    }

    @Override
    public Optional<org.liberta.witness.internal.domain.EscortAssignment> escortOf(long attendanceId) {
        return em.createQuery("select e from EscortAssignment e where e.attendanceId = :a",
                org.liberta.witness.internal.domain.EscortAssignment.class).setParameter("a", attendanceId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<WitnessTask> task(long id) {
        return Optional.ofNullable(em.find(WitnessTask.class, id));
    }

    @Override
    public List<WitnessTask> tasksOf(Collection<Long> attendanceIds) {
        return attendanceIds.isEmpty() ? List.of() : em.createQuery("select t from WitnessTask t where t.attendanceId in :a"
                + " order by t.dueOn, t.id", WitnessTask.class).setParameter("a", attendanceIds).getResultList();
    }

    @Override
    public List<WitnessTask> openTasksDue(Collection<Long> programmeIds, LocalDate dueBy, int limit) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select t from WitnessTask t where t.programmeId in :p"
                + " and t.state = :open and t.dueOn <= :due order by t.hearingAt, t.dueOn, t.id", WitnessTask.class)
                .setParameter("p", programmeIds).setParameter("open", WitnessTask.State.OPEN).setParameter("due", dueBy)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public long countOpenTasksDue(Collection<Long> programmeIds, LocalDate dueBy, WitnessTask.Kind kind) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(t) from WitnessTask t where t.programmeId in :p"
                + " and t.state = :open and t.dueOn <= :due and t.kind = :kind", Long.class)
                .setParameter("p", programmeIds).setParameter("open", WitnessTask.State.OPEN).setParameter("due", dueBy)
                .setParameter("kind", kind).getSingleResult();
    }

    @Override
    public List<Attendance> attendancesByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select a from Attendance a where a.id in :ids", Attendance.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Attendance> attendancesWithoutReminders(LocalDateTime from, int limit) {
        return em.createQuery("select a from Attendance a where a.planReminders = true and a.hearingAt >= :from"
                + " order by a.hearingAt, a.id", Attendance.class).setParameter("from", from).setMaxResults(limit).getResultList();
    }

    @Override
    public void markRemindersPlanned(Collection<Long> attendanceIds) {
        if (!attendanceIds.isEmpty()) {
            em.createQuery("update Attendance a set a.planReminders = :planned, a.version = a.version + 1"
                    + " where a.id in :ids").setParameter("planned", Boolean.FALSE).setParameter("ids", attendanceIds)
                    .executeUpdate();
        }
    }

    @Override
    public List<Attendance> atRiskCandidates(Collection<Long> programmeIds, LocalDateTime from, LocalDateTime to,
            LocalDateTime confirmBy, int failedContacts) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select a from Attendance a where a.programmeId in :p"
                + " and a.hearingAt >= :from and a.hearingAt < :to and a.attended is null and ("
                + " (a.status in :unconfirmed and a.hearingAt < :confirmBy)"
                + " or a.contactFailures >= :failures"
                + " or exists (select c.id from WitnessConcern c where c.witnessId = a.witnessId and c.closedOn is null)"
                + " or exists (select t.id from WitnessTask t where t.attendanceId = a.id and t.kind = :safety"
                + "            and t.state = :open)"
                // (a boolean literal inside a subquery reaches H2 as 1, which H2 refuses to compare with a BOOLEAN:
                // the ladder's last rung says as much, and the rules then look at the last hearing exactly)
                + " or exists (select m.id from Attendance m where m.witnessId = a.witnessId and m.status = :missed"
                + "            and m.attended is not null and m.hearingAt < a.hearingAt))"
                + " order by a.hearingAt, a.id", Attendance.class)
                .setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to)
                .setParameter("unconfirmed", List.of(Attendance.Status.IDENTIFIED, Attendance.Status.NOTIFIED))
                .setParameter("confirmBy", confirmBy).setParameter("failures", failedContacts)
                .setParameter("safety", WitnessTask.Kind.CHECK_SAFETY).setParameter("open", WitnessTask.State.OPEN)
                .setParameter("missed", Attendance.Status.NOT_EXAMINED).getResultList();
    }

    @Override
    public List<Attendance> attendancesOfWitnessFrom(long witnessId, LocalDateTime from) {
        return em.createQuery("select a from Attendance a where a.witnessId = :w and a.hearingAt >= :from"
                + " order by a.hearingAt, a.id", Attendance.class).setParameter("w", witnessId).setParameter("from", from)
                .getResultList();
    }

    @Override
    public java.util.Set<Long> withSafetyCheckOpen(Collection<Long> attendanceIds) {
        return attendanceIds.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(em.createQuery(
                "select t.attendanceId from WitnessTask t where t.attendanceId in :a and t.kind = :safety"
                + " and t.state = :open", Long.class).setParameter("a", attendanceIds)
                .setParameter("safety", WitnessTask.Kind.CHECK_SAFETY).setParameter("open", WitnessTask.State.OPEN)
                .getResultList());
    }

    @Override
    public Optional<ContactRule> contactRule(long witnessId) {
        return em.createQuery("select r from ContactRule r where r.witnessId = :w", ContactRule.class)
                .setParameter("w", witnessId).getResultStream().findFirst();
    }

    @Override
    public List<ContactRule> contactRules(Collection<Long> witnessIds) {
        return witnessIds.isEmpty() ? List.of() : em.createQuery("select r from ContactRule r where r.witnessId in :w",
                ContactRule.class).setParameter("w", witnessIds).getResultList();
    }

    @Override
    public Optional<Concern> concern(long id) {
        return Optional.ofNullable(em.find(Concern.class, id));
    }

    @Override
    public List<Concern> concernsOf(long witnessId) {
        return em.createQuery("select c from WitnessConcern c where c.witnessId = :w order by c.raisedOn desc, c.id desc",
                Concern.class).setParameter("w", witnessId).getResultList();
    }

    @Override
    public java.util.Set<Long> withOpenConcern(Collection<Long> witnessIds) {
        return witnessIds.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(em.createQuery(
                "select distinct c.witnessId from WitnessConcern c where c.witnessId in :w and c.closedOn is null", Long.class)
                .setParameter("w", witnessIds).getResultList());
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
