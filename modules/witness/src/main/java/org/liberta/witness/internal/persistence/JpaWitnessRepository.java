package org.liberta.witness.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.persistence.JpaStore;
import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.WitnessRepository;
import org.liberta.witness.internal.domain.WitnessTask;

@ApplicationScoped
public class JpaWitnessRepository extends JpaStore implements WitnessRepository {

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
}
