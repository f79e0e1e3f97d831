package org.liberta.casework.internal.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.liberta.casework.internal.domain.CareEpisode;
import org.liberta.casework.internal.domain.CareEvent;
import org.liberta.casework.internal.domain.CareState;
import org.liberta.casework.internal.domain.CaseNote;
import org.liberta.casework.internal.domain.CaseworkRepository;
import org.liberta.casework.internal.domain.FollowUp;
import org.liberta.casework.internal.domain.Investigation;
import org.liberta.casework.internal.domain.Mentoring;
import org.liberta.casework.internal.domain.PoliceEngagement;
import org.liberta.casework.internal.domain.RecoveryAssessment;
import org.liberta.casework.internal.domain.ReferenceCounter;
import org.liberta.casework.internal.domain.Removal;
import org.liberta.casework.internal.domain.Repatriation;
import org.liberta.casework.internal.domain.RetraffickingIncident;
import org.liberta.casework.internal.domain.Survivor;
import org.liberta.casework.internal.domain.VocationalSupport;
import org.liberta.platform.api.persistence.JpaStore;
import org.liberta.platform.api.persistence.JpqlConditions;
import org.liberta.platform.api.persistence.NativeSql;

@ApplicationScoped
public class JpaCaseworkRepository extends JpaStore implements CaseworkRepository {

    private static final List<Class<? extends CareEvent>> EVENT_TYPES = List.of(Removal.class, CareEpisode.class,
            FollowUp.class, Repatriation.class, PoliceEngagement.class, RecoveryAssessment.class,
            RetraffickingIncident.class, Mentoring.class, VocationalSupport.class, CaseNote.class);

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
    public void writeAtCommit() {
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
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
    public List<CareEpisode> careEpisodesOf(long survivorId) {
        return em.createQuery("select c from CareEpisode c where c.survivorId = :s", CareEpisode.class)
                .setParameter("s", survivorId).getResultList();
    }

    @Override
    public void restateCareState(long survivorId, long programmeId, List<CareState> segments) {
        NativeSql.query(em, "DELETE FROM cw_care_state WHERE survivor_id = ?", survivorId).executeUpdate();
        for (CareState s : segments) {
            NativeSql.query(em, "INSERT INTO cw_care_state (survivor_id, valid_from, programme_id, valid_until, care_until,"
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
}
