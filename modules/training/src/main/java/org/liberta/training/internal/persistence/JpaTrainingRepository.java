package org.liberta.training.internal.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.training.internal.domain.Course;
import org.liberta.training.internal.domain.Professional;
import org.liberta.training.internal.domain.TrainingAttendance;
import org.liberta.training.internal.domain.TrainingRepository;
import org.liberta.training.internal.domain.TrainingSession;

@ApplicationScoped
public class JpaTrainingRepository implements TrainingRepository {

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
    public Optional<Professional> professional(long id) {
        return Optional.ofNullable(em.find(Professional.class, id));
    }

    @Override
    public Map<Long, Professional> professionals(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : em.createQuery("select p from Professional p where p.id in :ids",
                Professional.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Professional::getId, Function.identity()));
    }

    @Override
    public Optional<Professional> professionalByEmail(String emailKey) {
        return em.createQuery("select p from Professional p where p.emailKey = :e and p.mergedInto is null",
                Professional.class).setParameter("e", emailKey).getResultStream().findFirst();
    }

    @Override
    public List<Professional> professionalsByName(String nameKey, String organisationKey) {
        return em.createQuery("select p from Professional p where p.nameKey = :n and p.organisationKey = :o"
                + " and p.mergedInto is null order by p.id", Professional.class)
                .setParameter("n", nameKey).setParameter("o", organisationKey).getResultList();
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
    public long countProfessionalsTrained(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(distinct a.professionalId)"
                + " from TrainingAttendance a where a.programmeId in :p and a.sessionOn >= :from and a.sessionOn <= :to"
                + " and a.completed = true", Long.class)
                .setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    @Override
    public long countAttendances(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(a) from TrainingAttendance a where"
                + " a.programmeId in :p and a.sessionOn >= :from and a.sessionOn <= :to", Long.class)
                .setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to).getSingleResult();
    }
}
