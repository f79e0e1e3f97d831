package org.liberta.witness.internal.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.witness.internal.domain.Concern;
import org.liberta.witness.internal.domain.ContactRule;
import org.liberta.witness.internal.domain.WitnessSafetyRepository;

/** Contact rules and concerns in JPA. */
@ApplicationScoped
public class JpaWitnessSafetyRepository implements WitnessSafetyRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public Optional<ContactRule> contactRule(long witnessId) {
        return em.createQuery("select r from ContactRule r where r.witnessId = :w", ContactRule.class)
                .setParameter("w", witnessId).getResultStream().findFirst();
    }

    @Override
    public List<ContactRule> contactRules(Collection<Long> witnessIds) {
        return witnessIds.isEmpty() ? List.of() : em.createQuery("select r from ContactRule r where r.witnessId in :w",
                ContactRule.class).setParameter("w", witnessIds).getResultList();
    }

    @Override
    public Optional<Concern> concern(long id) {
        return Optional.ofNullable(em.find(Concern.class, id));
    }

    @Override
    public List<Concern> concernsOf(long witnessId) {
        return em.createQuery("select c from WitnessConcern c where c.witnessId = :w order by c.raisedOn desc, c.id desc",
                Concern.class).setParameter("w", witnessId).getResultList();
    }

    @Override
    public java.util.Set<Long> withOpenConcern(Collection<Long> witnessIds) {
        return witnessIds.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(em.createQuery(
                "select distinct c.witnessId from WitnessConcern c where c.witnessId in :w and c.closedOn is null", Long.class)
                .setParameter("w", witnessIds).getResultList());
    }
}
