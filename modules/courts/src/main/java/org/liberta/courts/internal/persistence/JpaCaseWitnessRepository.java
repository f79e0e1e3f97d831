package org.liberta.courts.internal.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.courts.internal.domain.CaseWitnessRepository;
import org.liberta.courts.internal.domain.CourtCase;
import org.liberta.courts.internal.domain.Witness;

/** Case witnesses in JPA. */
@ApplicationScoped
public class JpaCaseWitnessRepository implements CaseWitnessRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public List<Witness> witnessesOf(long caseId) {
        return em.createQuery("select w from Witness w where w.caseId = :c order by w.id", Witness.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<Witness> witnessesByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select w from Witness w where w.id in :ids", Witness.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public long countWitnesses(long caseId, org.liberta.courts.api.WitnessRole role) {
        return em.createQuery("select count(w) from Witness w where w.caseId = :c and w.role = :r", Long.class)
                .setParameter("c", caseId).setParameter("r", role).getSingleResult();
    }

    @Override
    public Set<Long> victimsInPendingCases(Collection<Long> survivorIds) {
        return new HashSet<>(em.createQuery("select distinct v from CourtCase c join c.victimSurvivorIds v"
                + " where v in :s and c.status = :pending", Long.class)
                .setParameter("s", survivorIds).setParameter("pending", CourtCase.Status.PENDING).getResultList());
    }

    @Override
    public boolean isVictimInProgrammes(long survivorId, Collection<Long> programmeIds) {
        return !programmeIds.isEmpty() && em.createQuery("select count(c) from CourtCase c join c.victimSurvivorIds v"
                + " where v = :s and c.programmeId in :p", Long.class)
                .setParameter("s", survivorId).setParameter("p", programmeIds).getSingleResult() > 0;
    }
}
