package org.liberta.advocacy.internal.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.advocacy.internal.domain.FollowUp;
import org.liberta.advocacy.internal.domain.FollowUpRepository;

/** Advocacy follow-ups in JPA. */
@ApplicationScoped
public class JpaFollowUpRepository implements FollowUpRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public List<FollowUp> followUpsOf(Collection<Long> engagementIds) {
        return engagementIds.isEmpty() ? List.of() : em.createQuery("select f from AdvocacyFollowUp f where f.engagementId in :e"
                + " order by f.dueOn, f.id", FollowUp.class).setParameter("e", engagementIds).getResultList();
    }

    @Override
    public Optional<FollowUp> followUp(long id) {
        return Optional.ofNullable(em.find(FollowUp.class, id));
    }

    @Override
    public List<FollowUp> followUpsDueBefore(String owner, Collection<Long> programmeIds, LocalDate day, int max) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select f" + FOLLOW_UPS_DUE + " order by f.dueOn, f.id",
                FollowUp.class).setParameter("o", owner).setParameter("p", programmeIds).setParameter("day", day)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long countFollowUpsDueBefore(String owner, Collection<Long> programmeIds, LocalDate day) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(f)" + FOLLOW_UPS_DUE, Long.class)
                .setParameter("o", owner).setParameter("p", programmeIds).setParameter("day", day).getSingleResult();
    }

    private static final String FOLLOW_UPS_DUE = " from AdvocacyFollowUp f where f.owner = :o and f.programmeId in :p"
            + " and f.doneOn is null and f.dueOn < :day";
}
