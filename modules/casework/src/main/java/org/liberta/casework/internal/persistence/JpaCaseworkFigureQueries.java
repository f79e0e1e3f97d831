package org.liberta.casework.internal.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.casework.api.InvestigationOutcome;
import org.liberta.casework.internal.figures.CaseworkFigureQueries;
import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.Tally;
import org.liberta.platform.api.persistence.IndicatorRecords;
import org.liberta.platform.api.persistence.NativeSql;
import org.liberta.platform.api.persistence.Tallies;

/** Casework's figures in SQL: aggregates in the database, never records loaded to be counted in Java. */
@ApplicationScoped
public class JpaCaseworkFigureQueries implements CaseworkFigureQueries {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public Map<Long, Long> countRemovals(Collection<Long> programmeIds, LocalDate from, LocalDate to, Tally tally) {
        return tally(tally, "count(r)", "r.programmeId", "from Removal r where r.programmeId in :p"
                + " and r.removedOn between :from and :to", programmeIds, from, to);
    }

    /** One headline figure in one statement (see {@link Tallies#run}). */
    private Map<Long, Long> tally(Tally tally, String aggregate, String programme, String fromWhere,
            Collection<Long> programmeIds, LocalDate from, LocalDate to, Object... more) {
        return Tallies.run(tally, em.createQuery(tally.select(aggregate, programme, fromWhere)), programmeIds, from, to,
                more);
    }

    /**
     * Survivors cared for in [from, to] (docs/domain.md: a care episode overlapping the period) by their care state c
     * (V9): the segment holding the period's last day, if their care lasted into the period. Binds the programmes,
     * to, to, from.
     */
    private static final String CARED_FOR_AT_END = " c.programme_id IN (?) AND c.valid_until > ? AND c.valid_from <= ?"
            + " AND c.care_until >= ?";

    @Override
    public Map<Long, Map<org.liberta.casework.api.ContactMode, Long>> countFollowUpsByMode(Collection<Long> programmeIds,
            LocalDate from, LocalDate to) {
        Map<Long, Map<org.liberta.casework.api.ContactMode, Long>> figures = new java.util.HashMap<>();
        if (programmeIds.isEmpty()) {
            return figures;
        }
        em.createQuery("select f.programmeId, f.mode, count(f) from FollowUp f where f.programmeId in :p"
                + " and f.contactOn between :from and :to group by f.programmeId, f.mode", Object[].class)
                .setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> figures.computeIfAbsent(((Number) r[0]).longValue(), id -> new java.util.EnumMap<>(
                        org.liberta.casework.api.ContactMode.class)).put((org.liberta.casework.api.ContactMode) r[1],
                                ((Number) r[2]).longValue()));
        return figures;
    }

    @Override
    public Map<Long, Long> countPreventionReached(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            Tally tally) {
        return tally(tally, "count(distinct pp)", "s.programmeId", "from PreventionSession s join s.participantIds pp"
                + " where s.programmeId in :p and s.heldOn between :from and :to", programmeIds, from, to);
    }

    @Override
    public Map<Long, Long> sumInvestigationOutcome(InvestigationOutcome outcome, Collection<Long> programmeIds,
            LocalDate from, LocalDate to, Tally tally) {
        String column = outcome.column();
        if (tally == Tally.TOTAL) {
            return tally(tally, "sum(i." + outcome.field() + ")", null, "from Investigation i where i.openedOn <= :to"
                    + " and (i.closedOn is null or i.closedOn >= :from) and exists (select 1 from Investigation j"
                    + " join j.survivorProgrammes sp where j = i and value(sp) in :p)", programmeIds, from, to);
        }
        // Per programme, an investigation counts once however many of the programme's survivors took part: the
        // distinct (programme, investigation) pairs come first, which only SQL's derived tables can say.
        jakarta.persistence.Query query = NativeSql.query(em, "SELECT t.programme_id, SUM(t.outcome) FROM"
                + " (SELECT DISTINCT s.programme_id, i.id, i." + column + " AS outcome" + INVESTIGATIONS_OPEN
                + ") t GROUP BY t.programme_id",
                programmeIds, to, from);
        return tally.figures(query.getResultList());
    }

    @Override
    public List<IndicatorRecord> investigationRecords(InvestigationOutcome outcome, Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max) {
        String column = outcome.column();
        jakarta.persistence.Query query = NativeSql.query(em, "SELECT CONCAT('INV-', i.id), MIN(s.programme_id), i.opened_on,"
                + " CONCAT('adds ', i." + column + ")"
                + INVESTIGATIONS_OPEN + " AND i." + column + " > 0 GROUP BY i.id, i.opened_on, i." + column
                + " ORDER BY i.opened_on, i.id",
                programmeIds, to, from);
        return IndicatorRecords.page(query, first, max);
    }

    @Override
    public long countInvestigationsAddingTo(InvestigationOutcome outcome, Collection<Long> programmeIds, LocalDate from,
            LocalDate to) {
        String column = outcome.column();
        return ((Number) NativeSql.query(em, "SELECT COUNT(DISTINCT i.id)" + INVESTIGATIONS_OPEN + " AND i." + column + " > 0",
                programmeIds, to, from).getSingleResult()).longValue();
    }

    /** Investigations open in the period (to, from) with survivors of the programmes (?), a row per survivor. */
    private static final String INVESTIGATIONS_OPEN = " FROM cw_investigation i JOIN cw_investigation_survivor s"
            + " ON s.investigation_id = i.id WHERE s.programme_id IN (?) AND i.opened_on <= ?"
            + " AND (i.closed_on IS NULL OR i.closed_on >= ?)";

    @Override
    public Map<Long, Long> countRetrafficked(Collection<Long> programmeIds, LocalDate from, LocalDate to, Tally tally) {
        return tally(tally, "count(distinct r.survivorId)", "r.programmeId", "from RetraffickingIncident r"
                + " where r.programmeId in :p and r.occurredOn between :from and :to", programmeIds, from, to);
    }

    @Override
    public Map<Long, Long> countSurvivorsRepatriated(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            Tally tally) {
        return tally(tally, "count(distinct r.survivorId)", "r.programmeId", "from Repatriation r"
                + " where r.programmeId in :p and r.arrivalOn between :from and :to", programmeIds, from, to);
    }

    // ---- the engagement deep dive

    @Override
    public List<InvestigationOutcomes> investigationsOpen(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        // The outcomes are the enum's fields, never input, so the statement is made of known names only.
        InvestigationOutcome[] outcomes = InvestigationOutcome.values();
        String found = java.util.Arrays.stream(outcomes).map(o -> "i." + o.field())
                .collect(java.util.stream.Collectors.joining(", "));
        return em.createQuery("select i.id, " + found + " from Investigation i where i.openedOn <= :to"
                + " and (i.closedOn is null or i.closedOn >= :from) and exists (select 1 from Investigation j"
                + " join j.survivorProgrammes sp where j = i and value(sp) in :p) order by i.id", Object[].class)
                .setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to).getResultList()
                .stream().map(r -> {
                    Map<InvestigationOutcome, Integer> counts = new java.util.EnumMap<>(InvestigationOutcome.class);
                    for (InvestigationOutcome o : outcomes) {
                        counts.put(o, ((Number) r[1 + o.ordinal()]).intValue());
                    }
                    return new InvestigationOutcomes(((Number) r[0]).longValue(), counts);
                }).toList();
    }

    @Override
    public Map<Long, List<Long>> investigationSurvivors(Collection<Long> investigationIds) {
        Map<Long, List<Long>> survivors = new java.util.HashMap<>();
        if (investigationIds.isEmpty()) {
            return survivors;
        }
        for (Object[] r : em.createQuery("select i.id, key(sp) from Investigation i join i.survivorProgrammes sp"
                + " where i.id in :ids", Object[].class).setParameter("ids", investigationIds).getResultList()) {
            survivors.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.ArrayList<>())
                    .add(((Number) r[1]).longValue());
        }
        return survivors;
    }

    @Override
    public Map<Long, Integer> highestPoliceLevels(Collection<Long> survivorIds, LocalDate by) {
        Map<Long, Integer> levels = new java.util.HashMap<>();
        if (survivorIds.isEmpty()) {
            return levels;
        }
        for (Object[] r : em.createQuery("select e.survivorId, max(e.levelRank) from PoliceEngagement e"
                + " where e.survivorId in :s and e.engagedOn <= :by group by e.survivorId", Object[].class)
                .setParameter("s", survivorIds).setParameter("by", by).getResultList()) {
            levels.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        return levels;
    }

    // ---- the records behind a report's figures: references and pseudonyms, never identities

    @Override
    public List<IndicatorRecord> removalRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to, int first,
            int max) {
        return IndicatorRecords.page(em.createQuery("select s.reference, r.programmeId, r.removedOn, s.pseudonym from Removal r,"
                + " Survivor s where s.id = r.survivorId and r.programmeId in :p and r.removedOn between :from and :to"
                + " order by r.removedOn, r.id", Object[].class), programmeIds, from, to, first, max);
    }

    @Override
    public List<IndicatorRecord> caredForRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to, int first,
            int max) {
        return caredFor("", programmeIds, from, to, first, max);
    }

    @Override
    public List<IndicatorRecord> policeLevelRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            int minRank, int maxRank, int first, int max) {
        return caredFor(" AND c.ladder_rank BETWEEN ? AND ?", programmeIds, from, to, first, max, minRank, maxRank);
    }

    @Override
    public List<IndicatorRecord> assessedTwiceRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            int first, int max) {
        return caredFor(" AND c.assessment_number >= 2", programmeIds, from, to, first, max);
    }

    @Override
    public List<IndicatorRecord> improvedRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to, int first,
            int max) {
        return caredFor(" AND c.areas_improved > 0", programmeIds, from, to, first, max);
    }

    /** Each participant once, by pseudonym, under the first of the column's programmes that reached them. */
    @Override
    public List<IndicatorRecord> preventionReachedRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            int first, int max) {
        return IndicatorRecords.page(em.createQuery("select p.pseudonym, min(s.programmeId), min(s.heldOn), p.gender"
                + " from PreventionSession s join s.participantIds pp, PreventionParticipant p where p.id = pp"
                + " and s.programmeId in :p and s.heldOn between :from and :to group by p.id, p.pseudonym, p.gender"
                + " order by p.pseudonym, p.id", Object[].class), programmeIds, from, to, first, max);
    }

    /**
     * Native SQL over each survivor's care state (V9, {@link CareState}): the segment holding the period's last day,
     * if their care lasted into the period, says where they stood; one row per survivor, one range of one index.
     * Only placeholders are generated.
     */
    @Override
    public List<CaredFor> countCaredForFamily(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        StringBuilder rungs = new StringBuilder();
        for (int rank = 0; rank <= 4; rank++) {
            rungs.append(", SUM(CASE WHEN ladder_rank = ").append(rank).append(" THEN 1 ELSE 0 END)");
        }
        jakarta.persistence.Query query = NativeSql.query(em, "SELECT programme_id, COUNT(*)" + rungs
                + ", SUM(CASE WHEN assessment_number >= 2 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN areas_improved > 0 THEN 1 ELSE 0 END) FROM cw_care_state c WHERE" + CARED_FOR_AT_END
                + " GROUP BY programme_id", programmeIds, to, to, from);
        List<CaredFor> all = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long[] byRung = new long[5];
            for (int rank = 0; rank <= 4; rank++) {
                byRung[rank] = ((Number) r[2 + rank]).longValue();
            }
            all.add(new CaredFor(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), byRung,
                    ((Number) r[7]).longValue(), ((Number) r[8]).longValue()));
        }
        return all;
    }

    /**
     * Survivors cared for in the period who also meet {@code condition} on their care state at its end (as
     * {@link #countCaredForFamily} counts them; {@code more} binds its placeholders), by reference, with their first
     * day in care.
     */
    private List<IndicatorRecord> caredFor(String condition, Collection<Long> programmeIds, LocalDate from, LocalDate to,
            int first, int max, Object... more) {
        List<Object> parameters = new ArrayList<>(List.of(programmeIds, to, to, from));
        parameters.addAll(List.of(more));
        return IndicatorRecords.page(NativeSql.query(em, "SELECT s.reference, s.programme_id, (SELECT MIN(f.valid_from) FROM cw_care_state f"
                + " WHERE f.survivor_id = c.survivor_id), s.pseudonym FROM cw_care_state c JOIN cw_survivor s"
                + " ON s.id = c.survivor_id WHERE" + CARED_FOR_AT_END + condition + " ORDER BY s.reference, s.id",
                parameters.toArray()), first, max);
    }

    @Override
    public List<IndicatorRecord> followUpRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            org.liberta.casework.api.ContactMode mode, int first, int max) {
        String query = "select s.reference, f.programmeId, f.contactOn, s.pseudonym from FollowUp f, Survivor s"
                + " where s.id = f.survivorId and f.programmeId in :p and f.contactOn between :from and :to";
        String order = " order by f.contactOn, f.id";
        return mode == null ? IndicatorRecords.page(em.createQuery(query + order, Object[].class), programmeIds, from, to, first, max)
                : IndicatorRecords.page(em.createQuery(query + " and f.mode = :mode" + order, Object[].class), programmeIds, from, to,
                        first, max, "mode", mode);
    }

    @Override
    public List<IndicatorRecord> retraffickedRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            int first, int max) {
        return survivorsWith("RetraffickingIncident", "occurredOn", programmeIds, from, to, first, max);
    }

    @Override
    public List<IndicatorRecord> repatriatedRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to, int first,
            int max) {
        return survivorsWith("Repatriation", "arrivalOn", programmeIds, from, to, first, max);
    }

    /**
     * The survivors with an event of {@code entity} dated ({@code day}) in the period, each once with their first
     * such day, by reference and pseudonym. Entity and attribute are names written in this class, never input.
     */
    private List<IndicatorRecord> survivorsWith(String entity, String day, Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max) {
        return IndicatorRecords.page(em.createQuery("select s.reference, s.programmeId, min(e." + day + "), s.pseudonym"
                + " from " + entity + " e, Survivor s where s.id = e.survivorId and e.programmeId in :p and e." + day
                + " between :from and :to group by s.id, s.reference, s.programmeId, s.pseudonym order by s.reference",
                Object[].class), programmeIds, from, to, first, max);
    }
}
