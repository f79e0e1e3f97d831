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
import jakarta.persistence.TypedQuery;

import org.liberta.training.internal.domain.Certificate;
import org.liberta.training.internal.domain.Course;
import org.liberta.training.internal.domain.Profession;
import org.liberta.training.internal.domain.Professional;
import org.liberta.training.internal.domain.TrainingAttendance;
import org.liberta.training.internal.domain.TrainingRepository;
import org.liberta.training.internal.domain.TrainingRepository.AttendeeNeed;
import org.liberta.training.internal.domain.TrainingSession;
import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.Tally;
import org.liberta.platform.api.persistence.IndicatorRecords;
import org.liberta.platform.api.persistence.Tallies;

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
    public List<Professional> professionalsByEmails(Collection<String> emailKeys) {
        return emailKeys.isEmpty() ? List.of() : em.createQuery("select p from Professional p where p.emailKey in :e"
                + " and p.mergedInto is null", Professional.class).setParameter("e", emailKeys).getResultList();
    }

    @Override
    public List<Professional> professionalsByNames(Collection<String> nameKeys) {
        return nameKeys.isEmpty() ? List.of() : em.createQuery("select p from Professional p where p.nameKey in :n"
                + " and p.mergedInto is null order by p.id", Professional.class).setParameter("n", nameKeys).getResultList();
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
    public Map<Long, Long> countProfessionalsTrained(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            Profession profession, Tally tally) {
        if (programmeIds.isEmpty()) {
            return Map.of();
        }
        return Tallies.run(tally, em.createQuery(tally.select("count(distinct a.professionalId)", "a.programmeId",
                "from TrainingAttendance a where " + completed(profession))), programmeIds, from, to,
                professionParameter(profession));
    }

    @Override
    public Map<Long, Long> countAttendances(Collection<Long> programmeIds, LocalDate from, LocalDate to, Tally tally) {
        return programmeIds.isEmpty() ? Map.of() : Tallies.run(tally, em.createQuery(tally.select("count(a)",
                "a.programmeId", "from TrainingAttendance a where " + HELD_IN_PERIOD)), programmeIds, from, to);
    }

    /**
     * Someone trained in two programmes of a column counts once, so is listed once, under the first of them; the
     * organisation, not the name, says who they are (the figure is about the count).
     */
    @Override
    public List<IndicatorRecord> professionalsTrainedRecords(Collection<Long> programmeIds, LocalDate from,
            LocalDate to, Profession profession, int first, int max) {
        return IndicatorRecords.page(em.createQuery("select a.professionalId, min(a.programmeId), min(a.sessionOn),"
                + " p.organisation from TrainingAttendance a, Professional p where p.id = a.professionalId and "
                + completed(profession) + " group by a.professionalId, p.organisation order by a.professionalId",
                Object[].class), programmeIds, from, to, first, max, professionParameter(profession));
    }

    @Override
    public List<IndicatorRecord> attendanceRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            int first, int max) {
        return IndicatorRecords.page(em.createQuery("select a.professionalId, a.programmeId, a.sessionOn, a.profession"
                + " from TrainingAttendance a where " + HELD_IN_PERIOD + " order by a.sessionOn, a.id", Object[].class),
                programmeIds, from, to, first, max);
    }

    /** Attendances (a) at sessions of the programmes held in [:from, :to]. */
    private static final String HELD_IN_PERIOD = "a.programmeId in :p and a.sessionOn >= :from and a.sessionOn <= :to";

    /** Of those, the completed ones, of one profession (bound as :profession) unless it is null. */
    private static String completed(Profession profession) {
        return HELD_IN_PERIOD + " and a.completed = true" + (profession == null ? "" : " and a.profession = :profession");
    }

    private static Object[] professionParameter(Profession profession) {
        return profession == null ? new Object[0] : new Object[] {"profession", profession.name()};
    }

    @Override
    public Optional<Certificate> certificate(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }

    @Override
    public Optional<Certificate> certificateByCode(String code) {
        return em.createQuery("select c from Certificate c where c.code = :c", Certificate.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<Certificate> certificatesOfSession(long sessionId) {
        return em.createQuery("select c from Certificate c where c.sessionId = :s order by c.id", Certificate.class)
                .setParameter("s", sessionId).getResultList();
    }

    @Override
    public List<Certificate> expiringCertificates(Collection<Long> programmeIds, LocalDate from, LocalDate to, int first,
            int max) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select c from Certificate c where c.programmeId in :p"
                + " and c.expiresOn >= :from and c.expiresOn <= :to and c.revokedOn is null and c.replacedBy is null"
                + " order by c.expiresOn, c.id", Certificate.class).setParameter("p", programmeIds)
                .setParameter("from", from).setParameter("to", to).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countExpiringCertificates(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(c) from Certificate c where c.programmeId in :p"
                + " and c.expiresOn >= :from and c.expiresOn <= :to and c.revokedOn is null and c.replacedBy is null",
                Long.class).setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
    }

    @Override
    public List<TrainingAttendance> attendanceOfProfessional(long professionalId) {
        return em.createQuery("select a from TrainingAttendance a where a.professionalId = :p order by a.sessionOn desc,"
                + " a.id desc", TrainingAttendance.class).setParameter("p", professionalId).getResultList();
    }

    @Override
    public List<Certificate> certificatesOfProfessional(long professionalId) {
        return em.createQuery("select c from Certificate c where c.professionalId = :p order by c.id", Certificate.class)
                .setParameter("p", professionalId).getResultList();
    }

    @Override
    public void remove(Object entity) {
        em.remove(entity);
    }

    @Override
    public List<Professional> professionalsIn(Collection<Long> programmeIds, String text, int first, int max) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select p from Professional p where p.mergedInto is null"
                + " and (p.nameKey like :t or p.organisationKey like :t) and exists (select a.id from TrainingAttendance a"
                + " where a.professionalId = p.id and a.programmeId in :pr) order by p.nameKey, p.id", Professional.class)
                .setParameter("t", "%" + text + "%").setParameter("pr", programmeIds).setFirstResult(first)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long countProfessionalsIn(Collection<Long> programmeIds, String text) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(p) from Professional p where p.mergedInto is null"
                + " and (p.nameKey like :t or p.organisationKey like :t) and exists (select a.id from TrainingAttendance a"
                + " where a.professionalId = p.id and a.programmeId in :pr)", Long.class)
                .setParameter("t", "%" + text + "%").setParameter("pr", programmeIds).getSingleResult();
    }

    @Override
    public List<Professional> professionalsAt(String organisationKey) {
        return em.createQuery("select p from Professional p where p.organisationKey = :o and p.mergedInto is null"
                + " order by p.id", Professional.class).setParameter("o", organisationKey).setMaxResults(5000)
                .getResultList();
    }

    @Override
    public boolean attendedIn(long professionalId, Collection<Long> programmeIds) {
        return !programmeIds.isEmpty() && !em.createQuery("select a.id from TrainingAttendance a where a.professionalId = :p"
                + " and a.programmeId in :pr", Long.class).setParameter("p", professionalId)
                .setParameter("pr", programmeIds).setMaxResults(1).getResultList().isEmpty();
    }

    // The figures read trn_attendance alone, through one covering index (V3); no boolean literal appears in them
    // (EclipseLink would print it as 1, which H2 refuses to compare with a BOOLEAN), completion is a grouping.
    private static final String PERIOD = " from TrainingAttendance a where a.programmeId in :pr and a.sessionOn >= :from"
            + " and a.sessionOn <= :to";
    private static final String SUMS = "count(a), sum(case when a.preKnowledge is not null and a.postKnowledge is not null"
            + " then 1 else 0 end), sum(a.postKnowledge - a.preKnowledge), sum(case when a.postKnowledge > a.preKnowledge"
            + " then 1 else 0 end)";

    @Override
    public List<GroupTotals> figureGroups(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select a.profession, a.country, a.courseId, a.completed, "
                + SUMS + PERIOD + " group by a.profession, a.country, a.courseId, a.completed", Object[].class)
                .setParameter("pr", programmeIds).setParameter("from", from).setParameter("to", to).getResultList()
                .stream().map(r -> new GroupTotals((String) r[0], (String) r[1], (Long) r[2], null, (Boolean) r[3],
                        number(r[4]), number(r[5]), number(r[6]), number(r[7]))).toList();
    }

    @Override
    public List<GroupTotals> organisationGroups(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select a.organisationKey, a.completed, " + SUMS + PERIOD
                + " group by a.organisationKey, a.completed", Object[].class)
                .setParameter("pr", programmeIds).setParameter("from", from).setParameter("to", to).getResultList()
                .stream().map(r -> new GroupTotals(null, null, null, (String) r[0], (Boolean) r[1], number(r[2]),
                        number(r[3]), number(r[4]), number(r[5]))).toList();
    }

    @Override
    public Map<String, String> organisationNames(Collection<String> keys) {
        Map<String, String> names = new HashMap<>();
        if (!keys.isEmpty()) {
            em.createQuery("select p.organisationKey, min(p.organisation) from Professional p where p.organisationKey in :k"
                    + " group by p.organisationKey", Object[].class).setParameter("k", keys).getResultList()
                    .forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        return names;
    }

    @Override
    public Map<String, Long> trainedBy(String grouping, Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        Map<String, Long> trained = new HashMap<>();
        if (programmeIds.isEmpty()) {
            return trained;
        }
        String key = switch (grouping) {
            case "profession" -> "a.profession";
            case "country" -> "a.country";
            case "course" -> "a.courseId";
            case "organisation" -> "a.organisationKey";
            case "all" -> null;
            default -> throw new IllegalArgumentException(grouping);
        };
        String query = key == null ? "select count(distinct a.professionalId)" + PERIOD + " and a.completed = :yes"
                : "select " + key + ", count(distinct a.professionalId)" + PERIOD + " and a.completed = :yes group by " + key;
        List<?> rows = em.createQuery(query).setParameter("pr", programmeIds).setParameter("from", from)
                .setParameter("to", to).setParameter("yes", Boolean.TRUE).getResultList();
        for (Object row : rows) {
            if (key == null) {
                trained.put("all", number(row));
            } else {
                Object[] r = (Object[]) row;
                trained.put(String.valueOf(r[0]), number(r[1]));
            }
        }
        return trained;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public List<Object[]> trainedByProfessionAndCountry(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select a.profession, a.country,"
                + " count(distinct a.professionalId)" + PERIOD + " and a.completed = :yes group by a.profession, a.country",
                Object[].class).setParameter("pr", programmeIds).setParameter("from", from).setParameter("to", to)
                .setParameter("yes", Boolean.TRUE).getResultList();
    }

    @Override
    public long[] trainedAndRepeating(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        if (programmeIds.isEmpty()) {
            return new long[2];
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < programmeIds.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        // A subquery in FROM is beyond JPQL; this SQL is the same on H2 and MySQL.
        var query = em.createNativeQuery("select count(*), coalesce(sum(case when n > 1 then 1 else 0 end), 0) from"
                + " (select professional_id, count(*) n from trn_attendance where programme_id in (" + in + ")"
                + " and session_on >= ? and session_on <= ? and completed = TRUE group by professional_id) people");
        int i = 1;
        for (Long id : programmeIds) {
            query.setParameter(i++, id);
        }
        query.setParameter(i++, java.sql.Date.valueOf(from));
        query.setParameter(i, java.sql.Date.valueOf(to));
        Object[] r = (Object[]) query.getSingleResult();
        return new long[] {number(r[0]), number(r[1])};
    }
}
