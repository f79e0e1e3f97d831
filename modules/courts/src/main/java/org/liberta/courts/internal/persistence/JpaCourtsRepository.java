package org.liberta.courts.internal.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import org.liberta.courts.internal.domain.Accused;
import org.liberta.courts.internal.domain.Court;
import org.liberta.courts.internal.domain.CourtOrder;
import org.liberta.courts.internal.domain.CourtCase;
import org.liberta.courts.internal.domain.CourtsRepository.CaseNeed;
import org.liberta.courts.internal.domain.CourtsRepository;
import org.liberta.courts.internal.domain.StageChange;
import org.liberta.platform.api.persistence.JpaStore;
import org.liberta.platform.api.persistence.JpqlConditions;

@ApplicationScoped
public class JpaCourtsRepository extends JpaStore implements CourtsRepository {

    @Override
    public Optional<Court> courtByName(String name) {
        return em.createQuery("select c from Court c where c.nameKey = :k", Court.class)
                .setParameter("k", Court.key(name)).getResultStream().findFirst();
    }

    @Override
    public List<Court> courtsByKeys(Collection<String> nameKeys) {
        if (nameKeys.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Court c where c.nameKey in :k", Court.class)
                .setParameter("k", nameKeys).getResultList();
    }

    @Override
    public List<CourtCase> casesAt(Collection<Long> courtIds, Collection<String> caseNumbers) {
        if (courtIds.isEmpty() || caseNumbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from CourtCase c where c.courtId in :courts and c.caseNumber in :numbers",
                CourtCase.class).setParameter("courts", courtIds).setParameter("numbers", caseNumbers).getResultList();
    }

    @Override
    public void writeAtCommit() {
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
    }

    @Override
    public Optional<Court> court(long id) {
        return Optional.ofNullable(em.find(Court.class, id));
    }

    @Override
    public Optional<CourtCase> courtCase(long id) {
        return Optional.ofNullable(em.find(CourtCase.class, id));
    }

    @Override
    public boolean caseNumberTaken(long courtId, String caseNumber) {
        return em.createQuery("select count(c) from CourtCase c where c.courtId = :court and c.caseNumber = :n", Long.class)
                .setParameter("court", courtId).setParameter("n", caseNumber).getSingleResult() > 0;
    }

    @Override
    public List<CourtCase> cases(CaseFilter filter, CaseSort sort, int offset, int limit) {
        switch (sort) {
            case OLDEST:
                return page(filter, null, " order by c.filedOn, c.id", offset, limit);
            case CASE_NUMBER:
                return page(filter, null, " order by c.caseNumber, c.id", offset, limit);
            default:
                return byNextHearing(filter, offset, limit);
        }
    }

    /**
     * Cases with a hearing to come first, soonest first, then those without one. Asked as two index-ordered
     * queries (the part with a date, then the part without) rather than one ordered by an expression, which
     * would make the database sort every case of the programme to return fifty.
     */
    private List<CourtCase> byNextHearing(CaseFilter filter, int offset, int limit) {
        List<CourtCase> page = new java.util.ArrayList<>(page(filter, Boolean.TRUE, " order by c.nextHearingAt, c.id",
                offset, limit));
        if (page.size() == limit) {
            return page;
        }
        // The dated part ran out on this page: the undated part starts where it ended. Only a page wholly past
        // the dated part needs to count it to know where that is.
        long dated = !page.isEmpty() || offset == 0 ? offset + page.size()
                : caseQuery("select count(c)", filter, Boolean.TRUE, "", Long.class).getSingleResult();
        page.addAll(page(filter, Boolean.FALSE, " order by c.id", (int) Math.max(0, offset - dated), limit - page.size()));
        return page;
    }

    private List<CourtCase> page(CaseFilter filter, Boolean withNextHearing, String order, int offset, int limit) {
        TypedQuery<CourtCase> query = caseQuery("select c", filter, withNextHearing, order, CourtCase.class)
                .setFirstResult(offset).setMaxResults(limit);
        query.setHint("eclipselink.batch.type", "IN");
        query.setHint("eclipselink.batch", "c.offences");
        query.setHint("eclipselink.batch", "c.victimSurvivorIds");
        return query.getResultList();
    }

    @Override
    public long countCases(CaseFilter filter) {
        return caseQuery("select count(c)", filter, null, "", Long.class).getSingleResult();
    }

    /** {@code withNextHearing}: only cases with a next hearing (true), only those without (false), or all (null). */
    private <T> TypedQuery<T> caseQuery(String select, CaseFilter f, Boolean withNextHearing, String order, Class<T> type) {
        JpqlConditions where = new JpqlConditions()
                .always("c.programmeId in :programmes", "programmes", f.programmeIds())
                .whenGiven(f.courtId(), "c.courtId = :court", "court")
                .whenGiven(f.stage(), "c.stage = :stage", "stage")
                .whenGiven(f.status(), "c.status = :status", "status")
                .whenGiven(f.caseNumberPrefix(), "c.caseNumber like :prefix", "prefix")
                .when(Boolean.TRUE.equals(withNextHearing), "c.nextHearingAt is not null")
                .when(Boolean.FALSE.equals(withNextHearing), "c.nextHearingAt is null");
        if (f.need() == CaseNeed.OUTCOME_MISSING) {
            where.always("exists (select h.id from Hearing h where h.caseId = c.id and h.outcome is null"
                    + " and h.scheduledAt < :needStart)", "needStart", f.needDay().atStartOfDay());
        } else if (f.need() == CaseNeed.CLOCK_RUNNING_OUT) {
            where.always("c.trialStartedOn <= :needDay", "needDay", f.needDay());
        } else if (f.need() == CaseNeed.ORDER_OVERDUE) {
            where.always("exists (select o.id from CourtOrder o where o.caseId = c.id and o.doneOn is null"
                    + " and o.dueOn < :needDay)", "needDay", f.needDay());
        } else if (f.need() == CaseNeed.DATA_QUALITY) {
            where.when(true, "(exists (select a.id from Accused a where a.caseId = c.id and a.verdict = "
                    + "org.liberta.courts.api.VerdictOutcome.ACQUITTED and a.verdictReason is null)"
                    + " or exists (select h.id from Hearing h where h.caseId = c.id and h.adjournmentReason = "
                    + "org.liberta.courts.api.AdjournmentReason.WITNESS_ABSENT and h.absentWitness is null))");
        }
        return where.bind(em.createQuery(select + " from CourtCase c" + where.where() + order, type));
    }

    @Override
    public List<CourtOrder> ordersOf(long caseId) {
        return em.createQuery("select o from CourtOrder o where o.caseId = :c order by o.givenOn desc, o.id desc",
                CourtOrder.class).setParameter("c", caseId).setMaxResults(500).getResultList();
    }

    @Override
    public Optional<CourtOrder> order(long id) {
        return Optional.ofNullable(em.find(CourtOrder.class, id));
    }

    @Override
    public List<Accused> accusedOf(long caseId) {
        return em.createQuery("select a from Accused a where a.caseId = :c order by a.id", Accused.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<Accused> accused(long id) {
        return Optional.ofNullable(em.find(Accused.class, id));
    }

    @Override
    public List<Court> courtsByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select c from Court c where c.id in :ids", Court.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<CourtCase> casesByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select c from CourtCase c where c.id in :ids", CourtCase.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<StageChange> stagesOf(long caseId) {
        return em.createQuery("select s from StageChange s where s.caseId = :c order by s.changedOn, s.id",
                StageChange.class).setParameter("c", caseId).getResultList();
    }
}
