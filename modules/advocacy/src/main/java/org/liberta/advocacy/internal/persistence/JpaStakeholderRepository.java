package org.liberta.advocacy.internal.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.advocacy.internal.domain.Engagement;
import org.liberta.advocacy.internal.domain.Stakeholder;
import org.liberta.advocacy.internal.domain.StakeholderRepository;
import org.liberta.advocacy.internal.domain.StakeholderRole;

/** Stakeholders in JPA; who was met at an engagement is the engagement's element collection, read many at once. */
@ApplicationScoped
public class JpaStakeholderRepository implements StakeholderRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public Optional<Stakeholder> stakeholder(long id) {
        return Optional.ofNullable(em.find(Stakeholder.class, id));
    }

    @Override
    public Map<Long, Stakeholder> stakeholders(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : em.createQuery("select s from Stakeholder s where s.id in :ids", Stakeholder.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Stakeholder::getId, Function.identity()));
    }

    @Override
    public Optional<Stakeholder> stakeholderNamed(long programmeId, String name) {
        return em.createQuery("select s from Stakeholder s where s.programmeId = :p and lower(s.name) = :n order by s.id",
                Stakeholder.class).setParameter("p", programmeId).setParameter("n", name.toLowerCase(Locale.ROOT))
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Stakeholder> stakeholdersIn(Collection<Long> programmeIds, String text, int first, int max) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select s from Stakeholder s where s.programmeId in :p"
                + " and (lower(s.name) like :t or lower(s.organisation) like :t) order by s.name, s.id", Stakeholder.class)
                .setParameter("p", programmeIds).setParameter("t", like(text)).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countStakeholdersIn(Collection<Long> programmeIds, String text) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(s) from Stakeholder s where s.programmeId in :p"
                + " and (lower(s.name) like :t or lower(s.organisation) like :t)", Long.class)
                .setParameter("p", programmeIds).setParameter("t", like(text)).getSingleResult();
    }

    private static String like(String text) {
        return "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "")) + "%";
    }

    @Override
    public List<StakeholderRole> rolesOf(long stakeholderId) {
        return em.createQuery("select r from StakeholderRole r where r.stakeholderId = :s order by r.untilOn desc, r.id desc",
                StakeholderRole.class).setParameter("s", stakeholderId).getResultList();
    }

    // ---- who was met, many engagements at once

    @Override
    public Map<Long, List<Long>> stakeholdersMet(Collection<Long> engagementIds) {
        return engagementIds.isEmpty() ? Map.of() : links(em.createQuery("select e.id, s from Engagement e"
                + " join e.stakeholderIds s where e.id in :ids", Object[].class).setParameter("ids", engagementIds)
                .getResultList());
    }

    @Override
    public Map<Long, List<Long>> stakeholdersMetForCampaign(long campaignId) {
        return links(em.createQuery("select e.id, s from Engagement e join e.stakeholderIds s where e.campaignId = :c",
                Object[].class).setParameter("c", campaignId).getResultList());
    }

    private static Map<Long, List<Long>> links(List<Object[]> rows) {
        Map<Long, List<Long>> links = new LinkedHashMap<>();
        for (Object[] row : rows) {
            links.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(((Number) row[1]).longValue());
        }
        return links;
    }
}
