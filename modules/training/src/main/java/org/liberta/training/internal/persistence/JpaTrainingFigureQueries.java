package org.liberta.training.internal.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.Tally;
import org.liberta.platform.api.persistence.IndicatorRecords;
import org.liberta.platform.api.persistence.Tallies;
import org.liberta.training.internal.domain.Profession;
import org.liberta.training.internal.domain.Professional;
import org.liberta.training.internal.domain.TrainingAttendance;
import org.liberta.training.internal.figures.TrainingFigureQueries;

/** Training's figures in SQL: aggregates in the database, never records loaded to be counted in Java. */
@ApplicationScoped
public class JpaTrainingFigureQueries implements TrainingFigureQueries {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

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
