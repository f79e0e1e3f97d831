package org.liberta.training.internal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Finding certificates: by id or printed code, of a session or a professional, and those about to expire. They are
 * saved through {@link TrainingRepository#save}, with the attendance they certify.
 */
public interface CertificateRepository {

    Optional<Certificate> certificate(long id);

    Optional<Certificate> certificateByCode(String code);

    /** The session's certificates, live or not. */
    List<Certificate> certificatesOfSession(long sessionId);

    /** Live certificates of the programmes expiring in [from, to], soonest first, a page at a time. */
    List<Certificate> expiringCertificates(Collection<Long> programmeIds, LocalDate from, LocalDate to, int first, int max);

    long countExpiringCertificates(Collection<Long> programmeIds, LocalDate from, LocalDate to);

    List<Certificate> certificatesOfProfessional(long professionalId);
}
