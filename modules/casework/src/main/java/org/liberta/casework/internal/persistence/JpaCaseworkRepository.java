package org.liberta.casework.internal.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.Tally;

import org.liberta.casework.api.InvestigationOutcome;
import org.liberta.casework.internal.domain.CareEpisode;
import org.liberta.casework.internal.domain.CareState;
import org.liberta.casework.internal.domain.CareEvent;
import org.liberta.casework.internal.domain.CaseworkRepository;
import org.liberta.casework.internal.domain.FollowUp;
import org.liberta.casework.internal.domain.Investigation;
import org.liberta.casework.internal.domain.PoliceEngagement;
import org.liberta.casework.internal.domain.PreventionParticipant;
import org.liberta.casework.internal.domain.PreventionSession;
import org.liberta.casework.internal.domain.RecoveryAssessment;
import org.liberta.casework.internal.domain.ReferenceCounter;
import org.liberta.casework.internal.domain.Removal;
import org.liberta.casework.internal.domain.Repatriation;
import org.liberta.casework.internal.domain.RetraffickingIncident;
import org.liberta.casework.internal.domain.CaseNote;
import org.liberta.casework.internal.domain.Mentoring;
import org.liberta.casework.internal.domain.RetentionPolicy;
import org.liberta.casework.internal.domain.VocationalSupport;
import org.liberta.casework.internal.domain.Survivor;
import org.liberta.platform.api.persistence.IndicatorRecords;
import org.liberta.platform.api.persistence.JpqlConditions;
import org.liberta.platform.api.persistence.Tallies;

@ApplicationScoped
public class JpaCaseworkRepository implements CaseworkRepository {

    private static final List<Class<? extends CareEvent>> EVENT_TYPES = List.of(Removal.class, CareEpisode.class,
            FollowUp.class, Repatriation.class, PoliceEngagement.class, RecoveryAssessment.class,
            RetraffickingIncident.class, Mentoring.class, VocationalSupport.class, CaseNote.class);

    /** Outcome attributes that may be summed; the name picks a fixed JPQL fragment, never text from a request. */

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public <T> T save(T entity) {
        em.persist(entity);
        return entity;
    }

    @Override
    public Optional<Survivor> survivor(long id) {
        return Optional.ofNullable(em.find(Survivor.class, id));
    }

    @Override
    public Optional<Survivor> survivorByReference(String reference) {
        return em.createQuery("select s from Survivor s where s.reference = :r", Survivor.class)
                .setParameter("r", reference).getResultStream().findFirst();
    }

    @Override
    public boolean pseudonymTaken(long programmeId, String pseudonym) {
        return em.createQuery("select count(s) from Survivor s where s.programmeId = :p and s.pseudonym = :n", Long.class)
                .setParameter("p", programmeId).setParameter("n", pseudonym).getSingleResult() > 0;
    }

    @Override
    public ReferenceCounter lockReferenceCounter(String programmeCode, int year) {
        ReferenceCounter.Key key = new ReferenceCounter.Key(programmeCode, year);
        ReferenceCounter counter = em.find(ReferenceCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new ReferenceCounter(key);
            em.persist(counter);
            em.flush(); // a concurrent first intake of the year fails on the primary key instead of duplicating
        }
        return counter;
    }

    @Override
    public List<Survivor> caseload(CaseloadFilter filter, int offset, int limit) {
        return withCollections(caseloadQuery("select s", filter, " order by s.nextDueOn, s.reference", Survivor.class)
                .setFirstResult(offset).setMaxResults(limit)).getResultList();
    }

    @Override
    public long countCaseload(CaseloadFilter filter) {
        return caseloadQuery("select count(s)", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> caseloadQuery(String select, CaseloadFilter f, String order, Class<T> type) {
        JpqlConditions where = new JpqlConditions()
                .always("s.programmeId in :programmes", "programmes", f.programmeIds())
                .whenGiven(f.status(), "s.status = :status", "status")
                .whenGiven(f.overdueOn(), "s.nextDueOn < :day", "day")
                .when(f.withoutPoliceContact(), "s.policeContacted = false");
        return where.bind(em.createQuery(select + " from Survivor s" + where.where() + order, type));
    }

    @Override
    public List<CareEvent> events(long survivorId) {
        List<CareEvent> events = new ArrayList<>();
        for (Class<? extends CareEvent> type : EVENT_TYPES) {
            String entity = type.getSimpleName();
            events.addAll(em.createQuery("select e from " + entity + " e where e.survivorId = :s", type)
                    .setParameter("s", survivorId).getResultList());
        }
        events.stream().filter(Mentoring.class::isInstance).map(Mentoring.class::cast)
                .forEach(m -> survivor(m.getMentorId()).ifPresent(mentor -> m.showMentorAs(mentor.getPseudonym())));
        events.sort(Comparator.comparing(CareEvent::day).reversed());
        return events;
    }

    @Override
    public List<Survivor> closedBefore(long programmeId, LocalDate closedBefore, int limit) {
        return em.createQuery("select s from Survivor s where s.programmeId = :p and s.status = :closed"
                + " and s.closedOn < :before and s.anonymisedOn is null order by s.closedOn, s.id", Survivor.class)
                .setParameter("p", programmeId).setParameter("closed", Survivor.Status.CLOSED)
                .setParameter("before", closedBefore).setMaxResults(limit).getResultList();
    }

    @Override
    public void writeAtCommit() {
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
    }

    @Override
    public int clearFreeText(long survivorId) {
        // Notes are written by people and may name people or places: anonymisation removes them all.
        int cleared = 0;
        for (String update : List.of("update FollowUp e set e.note = null where e.survivorId = :s and e.note is not null",
                "update RetraffickingIncident e set e.note = null where e.survivorId = :s and e.note is not null",
                "update VocationalSupport e set e.note = null, e.provider = null where e.survivorId = :s",
                "delete from CaseNote e where e.survivorId = :s")) {
            cleared += em.createQuery(update).setParameter("s", survivorId).executeUpdate();
        }
        return cleared;
    }

    @Override
    public Optional<RetentionPolicy> retentionPolicy(long programmeId) {
        return em.createQuery("select r from RetentionPolicy r where r.programmeId = :p", RetentionPolicy.class)
                .setParameter("p", programmeId).getResultStream().findFirst();
    }

    @Override
    public List<Survivor> survivorsForExport(Collection<Long> programmeIds, int offset, int limit) {
        return withCollections(em.createQuery("select s from Survivor s where s.programmeId in :p order by s.id",
                Survivor.class).setParameter("p", programmeIds).setFirstResult(offset).setMaxResults(limit))
                .getResultList();
    }

    /**
     * Loads the survivors' collections (exploitation, control, languages, consents) in one extra query each for
     * the whole list, instead of four per survivor: a page of 50 costs 5 queries, not 201.
     */
    private static TypedQuery<Survivor> withCollections(TypedQuery<Survivor> query) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String collection : List.of("exploitationTypes", "controlMethods", "languages", "consents")) {
            query.setHint("eclipselink.batch", "s." + collection);
        }
        return query;
    }

    @Override
    public List<Object[]> statisticsFacts(Collection<Long> programmeIds) {
        return em.createQuery("select s.id, s.programmeId, s.gender, s.birthYear, s.nationality, s.intakeOn"
                + " from Survivor s join s.consents c where s.programmeId in :p and c.purpose = :purpose"
                + " and c.withdrawnOn is null", Object[].class)
                .setParameter("p", programmeIds)
                .setParameter("purpose", org.liberta.casework.api.ConsentPurpose.ANONYMOUS_STATISTICS).getResultList();
    }

    @Override
    public List<Object[]> exploitationOf(Collection<Long> programmeIds) {
        return em.createQuery("select s.id, e from Survivor s join s.exploitationTypes e where s.programmeId in :p",
                Object[].class).setParameter("p", programmeIds).getResultList();
    }

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
    public Optional<PreventionParticipant> participant(long programmeId, String pseudonym) {
        return em.createQuery("select p from PreventionParticipant p where p.programmeId = :prog and p.pseudonym = :n",
                PreventionParticipant.class).setParameter("prog", programmeId).setParameter("n", pseudonym)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<PreventionSession> recentPreventionSessions(Collection<Long> programmeIds, int limit) {
        return em.createQuery("select s from PreventionSession s where s.programmeId in :p order by s.heldOn desc",
                PreventionSession.class).setParameter("p", programmeIds).setMaxResults(limit).getResultList();
    }

    @Override
    public Map<Long, Long> countPreventionReached(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            Tally tally) {
        return tally(tally, "count(distinct pp)", "s.programmeId", "from PreventionSession s join s.participantIds pp"
                + " where s.programmeId in :p and s.heldOn between :from and :to", programmeIds, from, to);
    }

    @Override
    public Optional<Investigation> investigationByReference(String policeReference) {
        return em.createQuery("select i from Investigation i where i.policeReference = :r", Investigation.class)
                .setParameter("r", policeReference).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Investigation> investigationsOf(long survivorId) {
        return em.createQuery("select distinct i from Investigation i join i.survivorProgrammes sp"
                + " where key(sp) = :s order by i.openedOn desc", Investigation.class)
                .setParameter("s", survivorId).getResultList();
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
        jakarta.persistence.Query query = nativeQuery("SELECT t.programme_id, SUM(t.outcome) FROM"
                + " (SELECT DISTINCT s.programme_id, i.id, i." + column + " AS outcome" + INVESTIGATIONS_OPEN
                + ") t GROUP BY t.programme_id",
                programmeIds, to, from);
        return tally.figures(query.getResultList());
    }

    @Override
    public List<IndicatorRecord> investigationRecords(InvestigationOutcome outcome, Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max) {
        String column = outcome.column();
        jakarta.persistence.Query query = nativeQuery("SELECT CONCAT('INV-', i.id), MIN(s.programme_id), i.opened_on,"
                + " CONCAT('adds ', i." + column + ")"
                + INVESTIGATIONS_OPEN + " AND i." + column + " > 0 GROUP BY i.id, i.opened_on, i." + column
                + " ORDER BY i.opened_on, i.id",
                programmeIds, to, from);
        return records(query, first, max);
    }

    @Override
    public long countInvestigationsAddingTo(InvestigationOutcome outcome, Collection<Long> programmeIds, LocalDate from,
            LocalDate to) {
        String column = outcome.column();
        return ((Number) nativeQuery("SELECT COUNT(DISTINCT i.id)" + INVESTIGATIONS_OPEN + " AND i." + column + " > 0",
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
        jakarta.persistence.Query query = nativeQuery("SELECT programme_id, COUNT(*)" + rungs
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

    @Override
    public List<CareEpisode> careEpisodesOf(long survivorId) {
        return em.createQuery("select c from CareEpisode c where c.survivorId = :s", CareEpisode.class)
                .setParameter("s", survivorId).getResultList();
    }

    @Override
    public void restateCareState(long survivorId, long programmeId, List<CareState> segments) {
        nativeQuery("DELETE FROM cw_care_state WHERE survivor_id = ?", survivorId).executeUpdate();
        for (CareState s : segments) {
            nativeQuery("INSERT INTO cw_care_state (survivor_id, valid_from, programme_id, valid_until, care_until,"
                    + " ladder_rank, assessment_number, areas_improved) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", survivorId,
                    s.validFrom(), programmeId, s.validUntil(), s.careUntil(), s.ladderRank(), s.assessmentNumber(),
                    s.areasImproved()).executeUpdate();
        }
    }

    @Override
    public List<PoliceEngagement> policeEngagementsOf(long survivorId) {
        return em.createQuery("select e from PoliceEngagement e where e.survivorId = :s", PoliceEngagement.class)
                .setParameter("s", survivorId).getResultList();
    }

    @Override
    public List<RecoveryAssessment> assessmentsOf(long survivorId) {
        return em.createQuery("select a from RecoveryAssessment a where a.survivorId = :s", RecoveryAssessment.class)
                .setParameter("s", survivorId).getResultList();
    }

    /**
     * A native query whose {@code ?} take the parameters in order: a date binds as an SQL date, a collection as one
     * {@code ?} per element, so {@code IN (?)} becomes {@code IN (?,?,?)}, and null as the literal NULL (drivers
     * disagree on binding an untyped null).
     */
    private jakarta.persistence.Query nativeQuery(String sql, Object... parameters) {
        StringBuilder expanded = new StringBuilder();
        List<Object> values = new ArrayList<>();
        int next = 0;
        for (char c : sql.toCharArray()) {
            if (c != '?') {
                expanded.append(c);
                continue;
            }
            Object parameter = parameters[next++];
            if (parameter == null) {
                expanded.append("NULL");
                continue;
            }
            Collection<?> many = parameter instanceof Collection<?> all ? all : List.of(parameter);
            // IN () is not SQL; IN (NULL) matches nothing, as an empty list should.
            expanded.append(many.isEmpty() ? "NULL" : String.join(",", java.util.Collections.nCopies(many.size(), "?")));
            many.forEach(v -> values.add(v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v));
        }
        if (next != parameters.length) {
            throw new IllegalArgumentException(parameters.length + " parameters for " + next + " placeholders");
        }
        jakarta.persistence.Query query = em.createNativeQuery(expanded.toString());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
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
        return records(nativeQuery("SELECT s.reference, s.programme_id, (SELECT MIN(f.valid_from) FROM cw_care_state f"
                + " WHERE f.survivor_id = c.survivor_id), s.pseudonym FROM cw_care_state c JOIN cw_survivor s"
                + " ON s.id = c.survivor_id WHERE" + CARED_FOR_AT_END + condition + " ORDER BY s.reference, s.id",
                parameters.toArray()), first, max);
    }

    /** One page of a native query's (reference, programme id, day, detail) rows as records. */
    private static List<IndicatorRecord> records(jakarta.persistence.Query query, int first, int max) {
        List<IndicatorRecord> records = new ArrayList<>();
        for (Object row : query.setFirstResult(first).setMaxResults(max).getResultList()) {
            Object[] r = (Object[]) row;
            records.add(new IndicatorRecord(String.valueOf(r[0]), ((Number) r[1]).longValue(),
                    r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2], String.valueOf(r[3])));
        }
        return records;
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
        return IndicatorRecords.page(em.createQuery("select s.reference, s.programmeId, min(r.occurredOn), s.pseudonym from"
                + " RetraffickingIncident r, Survivor s where s.id = r.survivorId and r.programmeId in :p"
                + " and r.occurredOn between :from and :to group by s.id, s.reference, s.programmeId, s.pseudonym"
                + " order by s.reference", Object[].class), programmeIds, from, to, first, max);
    }

    @Override
    public List<IndicatorRecord> repatriatedRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to, int first,
            int max) {
        return IndicatorRecords.page(em.createQuery("select s.reference, s.programmeId, min(r.arrivalOn), s.pseudonym from Repatriation r,"
                + " Survivor s where s.id = r.survivorId and r.programmeId in :p and r.arrivalOn between :from and :to"
                + " group by s.id, s.reference, s.programmeId, s.pseudonym order by s.reference", Object[].class),
                programmeIds, from, to, first, max);
    }

}
