package org.liberta.advocacy.internal.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.advocacy.internal.domain.CampaignPosition;
import org.liberta.advocacy.internal.domain.Engagement;
import org.liberta.advocacy.internal.domain.StakeholderMapRepository;

/** The stakeholder map's statements in JPA: grouped in the database. */
@ApplicationScoped
public class JpaStakeholderMapRepository implements StakeholderMapRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public List<CampaignPosition> positionsOn(long campaignId) {
        return em.createQuery("select p from CampaignPosition p where p.campaignId = :c", CampaignPosition.class)
                .setParameter("c", campaignId).getResultList();
    }

    @Override
    public Optional<CampaignPosition> position(long campaignId, long stakeholderId) {
        return em.createQuery("select p from CampaignPosition p where p.campaignId = :c and p.stakeholderId = :s",
                CampaignPosition.class).setParameter("c", campaignId).setParameter("s", stakeholderId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Object[]> engagementsByKind(long campaignId) {
        return em.createQuery("select e.kind, count(e) from Engagement e where e.campaignId = :c group by e.kind"
                + " order by count(e) desc", Object[].class).setParameter("c", campaignId).getResultList();
    }

    @Override
    public List<Object[]> engagementsPerStakeholder(long campaignId) {
        return em.createQuery("select s, count(e), max(e.occurredOn) from Engagement e join e.stakeholderIds s"
                + " where e.campaignId = :c group by s", Object[].class).setParameter("c", campaignId).getResultList();
    }
}
