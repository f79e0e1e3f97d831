package org.liberta.training.internal.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.training.internal.domain.Professional;
import org.liberta.training.internal.domain.ProfessionalRepository;
import org.liberta.training.internal.domain.TrainingAttendance;

/** Professionals in JPA: the lookups that match sign-in sheet rows, merges and the professionals list. */
@ApplicationScoped
public class JpaProfessionalRepository implements ProfessionalRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public Optional<Professional> professional(long id) {
        return Optional.ofNullable(em.find(Professional.class, id));
    }

    @Override
    public Map<Long, Professional> professionals(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : em.createQuery("select p from Professional p where p.id in :ids",
                Professional.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Professional::getId, Function.identity()));
    }

    @Override
    public List<Professional> professionalsByEmails(Collection<String> emailKeys) {
        return emailKeys.isEmpty() ? List.of() : em.createQuery("select p from Professional p where p.emailKey in :e"
                + " and p.mergedInto is null", Professional.class).setParameter("e", emailKeys).getResultList();
    }

    @Override
    public List<Professional> professionalsByNames(Collection<String> nameKeys) {
        return nameKeys.isEmpty() ? List.of() : em.createQuery("select p from Professional p where p.nameKey in :n"
                + " and p.mergedInto is null order by p.id", Professional.class).setParameter("n", nameKeys).getResultList();
    }

    @Override
    public List<Professional> professionalsIn(Collection<Long> programmeIds, String text, int first, int max) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select p from Professional p where p.mergedInto is null"
                + " and (p.nameKey like :t or p.organisationKey like :t) and exists (select a.id from TrainingAttendance a"
                + " where a.professionalId = p.id and a.programmeId in :pr) order by p.nameKey, p.id", Professional.class)
                .setParameter("t", "%" + text + "%").setParameter("pr", programmeIds).setFirstResult(first)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long countProfessionalsIn(Collection<Long> programmeIds, String text) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(p) from Professional p where p.mergedInto is null"
                + " and (p.nameKey like :t or p.organisationKey like :t) and exists (select a.id from TrainingAttendance a"
                + " where a.professionalId = p.id and a.programmeId in :pr)", Long.class)
                .setParameter("t", "%" + text + "%").setParameter("pr", programmeIds).getSingleResult();
    }

    @Override
    public List<Professional> professionalsAt(String organisationKey) {
        return em.createQuery("select p from Professional p where p.organisationKey = :o and p.mergedInto is null"
                + " order by p.id", Professional.class).setParameter("o", organisationKey).setMaxResults(5000)
                .getResultList();
    }

    @Override
    public boolean attendedIn(long professionalId, Collection<Long> programmeIds) {
        return !programmeIds.isEmpty() && !em.createQuery("select a.id from TrainingAttendance a where a.professionalId = :p"
                + " and a.programmeId in :pr", Long.class).setParameter("p", professionalId)
                .setParameter("pr", programmeIds).setMaxResults(1).getResultList().isEmpty();
    }
}
