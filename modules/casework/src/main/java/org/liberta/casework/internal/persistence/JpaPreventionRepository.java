package org.liberta.casework.internal.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.casework.internal.domain.PreventionParticipant;
import org.liberta.casework.internal.domain.PreventionRepository;
import org.liberta.casework.internal.domain.PreventionSession;

@ApplicationScoped
public class JpaPreventionRepository implements PreventionRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

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
}
