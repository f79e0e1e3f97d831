package org.liberta.training.internal.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import org.liberta.platform.api.persistence.JpaStore;
import org.liberta.training.internal.domain.Course;
import org.liberta.training.internal.domain.TrainingAttendance;
import org.liberta.training.internal.domain.TrainingRepository.AttendeeNeed;
import org.liberta.training.internal.domain.TrainingRepository;
import org.liberta.training.internal.domain.TrainingSession;

@ApplicationScoped
public class JpaTrainingRepository extends JpaStore implements TrainingRepository {

    @Override
    public Optional<Course> course(long id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    @Override
    public Optional<Course> courseByTitleKey(String titleKey) {
        return em.createQuery("select c from Course c where c.titleKey = :k", Course.class).setParameter("k", titleKey)
                .getResultStream().findFirst();
    }

    @Override
    public List<Course> courses() {
        return em.createQuery("select c from Course c order by c.title", Course.class).getResultList();
    }

    @Override
    public Optional<TrainingSession> session(long id) {
        return Optional.ofNullable(em.find(TrainingSession.class, id));
    }

    @Override
    public List<TrainingSession> sessions(Collection<Long> programmeIds, LocalDate from, LocalDate to, int first, int max) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select s from TrainingSession s where"
                + " s.programmeId in :p and s.startsOn >= :from and s.startsOn <= :to order by s.startsOn desc, s.id desc",
                TrainingSession.class).setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countSessions(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(s) from TrainingSession s where"
                + " s.programmeId in :p and s.startsOn >= :from and s.startsOn <= :to", Long.class)
                .setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public List<TrainingSession> sessionsNeeding(Collection<Long> programmeIds, AttendeeNeed need, LocalDate today,
            int first, int max) {
        return programmeIds.isEmpty() ? List.of() : bindNeeding(em.createQuery("select s from TrainingSession s where"
                + " s.id in (select a.sessionId" + attendeesNeeding(need) + ") order by s.startsOn desc, s.id desc",
                TrainingSession.class), programmeIds, need, today).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countSessionsNeeding(Collection<Long> programmeIds, AttendeeNeed need, LocalDate today) {
        return programmeIds.isEmpty() ? 0 : bindNeeding(em.createQuery("select count(distinct a.sessionId)"
                + attendeesNeeding(need), Long.class), programmeIds, need, today).getSingleResult();
    }

    @Override
    public long countAttendeesNeeding(Collection<Long> programmeIds, AttendeeNeed need, LocalDate today) {
        return programmeIds.isEmpty() ? 0 : bindNeeding(em.createQuery("select count(a)" + attendeesNeeding(need),
                Long.class), programmeIds, need, today).getSingleResult();
    }

    /**
     * The attendances needing the work, as a from-and-where over {@code a} with :p (programmes), :today and, for
     * certificates, :completed. With the subquery EclipseLink would write the values into the SQL, {@code true} as
     * 1, which H2 refuses to compare with a BOOLEAN column: so the values are bound, as JDBC types.
     */
    private static String attendeesNeeding(AttendeeNeed need) {
        String held = " from TrainingAttendance a where a.programmeId in :p and a.sessionOn <= :today";
        return switch (need) {
            case SCORES_MISSING -> held + " and a.postKnowledge is null"
                    + " and a.courseId in (select c.id from Course c where c.assessment is not null)";
            case CERTIFICATE_TO_ISSUE -> held + " and a.completed = :completed"
                    + " and not exists (select x.id from Certificate x where x.attendanceId = a.id)";
        };
    }

    private static <T> TypedQuery<T> bindNeeding(TypedQuery<T> query, Collection<Long> programmeIds, AttendeeNeed need,
            LocalDate today) {
        query.setHint("eclipselink.jdbc.bind-parameters", "true");
        query.setParameter("p", programmeIds).setParameter("today", today);
        return need == AttendeeNeed.CERTIFICATE_TO_ISSUE ? query.setParameter("completed", true) : query;
    }

    @Override
    public Map<Long, Long> attendeeCounts(Collection<Long> sessionIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!sessionIds.isEmpty()) {
            em.createQuery("select a.sessionId, count(a) from TrainingAttendance a where a.sessionId in :s"
                    + " group by a.sessionId", Object[].class).setParameter("s", sessionIds).getResultList()
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        return counts;
    }

    @Override
    public List<TrainingAttendance> attendanceOf(long sessionId) {
        return em.createQuery("select a from TrainingAttendance a where a.sessionId = :s order by a.id",
                TrainingAttendance.class).setParameter("s", sessionId).getResultList();
    }

    @Override
    public Optional<TrainingAttendance> attendance(long sessionId, long professionalId) {
        return em.createQuery("select a from TrainingAttendance a where a.sessionId = :s and a.professionalId = :p",
                TrainingAttendance.class).setParameter("s", sessionId).setParameter("p", professionalId)
                .getResultStream().findFirst();
    }

    @Override
    public List<TrainingAttendance> attendanceOfProfessional(long professionalId) {
        return em.createQuery("select a from TrainingAttendance a where a.professionalId = :p order by a.sessionOn desc,"
                + " a.id desc", TrainingAttendance.class).setParameter("p", professionalId).getResultList();
    }

    @Override
    public void remove(Object entity) {
        em.remove(entity);
    }
}
