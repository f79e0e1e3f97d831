package org.liberta.training.internal.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.training.internal.domain.Certificate;
import org.liberta.training.internal.domain.CertificateRepository;

/** Certificates in JPA: lookups only; they are written through the training repository with their attendance. */
@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public Optional<Certificate> certificate(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }

    @Override
    public Optional<Certificate> certificateByCode(String code) {
        return em.createQuery("select c from Certificate c where c.code = :c", Certificate.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<Certificate> certificatesOfSession(long sessionId) {
        return em.createQuery("select c from Certificate c where c.sessionId = :s order by c.id", Certificate.class)
                .setParameter("s", sessionId).getResultList();
    }

    @Override
    public List<Certificate> expiringCertificates(Collection<Long> programmeIds, LocalDate from, LocalDate to, int first,
            int max) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select c from Certificate c where c.programmeId in :p"
                + " and c.expiresOn >= :from and c.expiresOn <= :to and c.revokedOn is null and c.replacedBy is null"
                + " order by c.expiresOn, c.id", Certificate.class).setParameter("p", programmeIds)
                .setParameter("from", from).setParameter("to", to).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countExpiringCertificates(Collection<Long> programmeIds, LocalDate from, LocalDate to) {
        return programmeIds.isEmpty() ? 0 : em.createQuery("select count(c) from Certificate c where c.programmeId in :p"
                + " and c.expiresOn >= :from and c.expiresOn <= :to and c.revokedOn is null and c.replacedBy is null",
                Long.class).setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
    }

    @Override
    public List<Certificate> certificatesOfProfessional(long professionalId) {
        return em.createQuery("select c from Certificate c where c.professionalId = :p order by c.id", Certificate.class)
                .setParameter("p", professionalId).getResultList();
    }
}
