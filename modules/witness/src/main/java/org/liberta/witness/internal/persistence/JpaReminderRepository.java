package org.liberta.witness.internal.persistence;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.Reminder;
import org.liberta.witness.internal.domain.ReminderRepository;

/** Reminders in JPA: the claim is one guarded update, so two instances never send the same reminder. */
@ApplicationScoped
public class JpaReminderRepository implements ReminderRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

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
}
