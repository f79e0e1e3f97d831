package org.liberta.witness.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.WitnessRepository;
import org.liberta.witness.internal.domain.WitnessTask;

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
    public List<Attendance> attendancesOfHearings(Collection<Long> hearingIds) {
        return hearingIds.isEmpty() ? List.of() : em.createQuery("select a from Attendance a where a.hearingId in :h",
                Attendance.class).setParameter("h", hearingIds).getResultList();
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
    public long countRecordedAttendances(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            boolean attendedOnly) {
        return em.createQuery("select count(a) from Attendance a where a.programmeId in :p and a.hearingAt >= :from"
                + " and a.hearingAt < :to and " + (attendedOnly ? "a.attended = true" : "a.attended is not null"), Long.class)
                .setParameter("p", programmeIds).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).getSingleResult();
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
}
