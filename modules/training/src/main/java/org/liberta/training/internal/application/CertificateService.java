package org.liberta.training.internal.application;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.documents.PdfDocument;
import org.liberta.platform.api.rest.PublishedAs;
import org.liberta.training.internal.domain.Certificate;
import org.liberta.training.internal.domain.CertificateRepository;
import org.liberta.training.internal.domain.Course;
import org.liberta.training.internal.domain.Professional;
import org.liberta.training.internal.domain.ProfessionalRepository;
import org.liberta.training.internal.domain.TrainingAttendance;
import org.liberta.training.internal.domain.TrainingRepository;
import org.liberta.training.internal.domain.TrainingSession;

/**
 * Certificates of completion: issued for those who completed a session (once; issuing again gives the same one),
 * as a PDF with a verification code; re-issued (a new code, the old one stops verifying) or revoked with a
 * reason; listed when they expire soon. Anyone may check a code and learn only the name, the course and the date.
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    /** Codes people type from paper: no 0/O or 1/I, grouped in fours. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private TrainingRepository repository;

    @Inject
    private ProfessionalRepository professionals;

    @Inject
    private CertificateRepository certificates;

    @Inject
    private TrainingService training;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    /** Where the public verification page is, e.g. https://liberta.example.org (LIBERTA_PUBLIC_URL). */
    @Inject
    @ConfigProperty(name = "liberta.public.url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    @PublishedAs("CertificateView")
    public record CertificateDetail(long id, String code, long attendanceId, long sessionId, String name, String course,
            LocalDate date, LocalDate issuedOn, LocalDate expiresOn, String status, String revokedReason) implements Serializable {
    }

    /** What the public learns from a code, and nothing else. */
    public record Verification(String name, String course, LocalDate date, String status) implements Serializable {
    }

    /** Certificates for everyone who completed the session and has none yet; answers all the session's live ones. */
    public List<CertificateDetail> issueForSession(long sessionId) {
        caller.requireAnyRole(TrainingService.TRAINERS);
        TrainingSession session = training.sessionInScope(sessionId);
        Course course = repository.course(session.getCourseId()).orElseThrow();
        Set<Long> certified = certificates.certificatesOfSession(sessionId).stream().filter(Certificate::isLive)
                .map(Certificate::getAttendanceId).collect(Collectors.toSet());
        int issued = 0;
        for (TrainingAttendance a : repository.attendanceOf(sessionId)) {
            if (a.isCompleted() && !certified.contains(a.getId())) {
                repository.save(new Certificate(a, newCode(), LocalDate.now(), expiry(course)));
                issued++;
            }
        }
        repository.flush();
        if (issued > 0) {
            audit.record(AuditActions.CREATE, "training-certificate", sessionId, issued + " issued");
        }
        return certificates(sessionId);
    }

    public List<CertificateDetail> certificates(long sessionId) {
        TrainingSession session = training.sessionInScope(sessionId);
        Course course = repository.course(session.getCourseId()).orElseThrow();
        List<Certificate> all = certificates.certificatesOfSession(sessionId);
        Map<Long, Professional> people = professionals.professionals(all.stream().map(Certificate::getProfessionalId).toList());
        return all.stream().map(c -> view(c, people.get(c.getProfessionalId()), course, session)).toList();
    }

    /** A new certificate with a new code (a corrected name, a lost paper); the old code stops verifying. */
    public CertificateDetail reissue(long certificateId) {
        Certificate old = certificateInScope(certificateId);
        if (!old.isLive()) {
            throw InvalidInputException.of("certificate", "was revoked or already replaced; issue a new one instead");
        }
        TrainingAttendance a = repository.attendanceOf(old.getSessionId()).stream()
                .filter(x -> x.getId() == old.getAttendanceId()).findFirst().orElseThrow();
        Certificate fresh = repository.save(new Certificate(a, newCode(), LocalDate.now(), old.getExpiresOn()));
        repository.flush();
        old.replacedBy(fresh.getId());
        audit.record(AuditActions.UPDATE, "training-certificate", certificateId, "re-issued as " + fresh.getId());
        return view(fresh);
    }

    public CertificateDetail revoke(long certificateId, String reason) {
        Certificate c = certificateInScope(certificateId);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "say why the certificate is revoked");
        }
        if (reason.strip().length() > 300) {
            throw InvalidInputException.of("reason", "must be at most 300 characters");
        }
        if (c.isLive()) {
            c.revoke(LocalDate.now(), reason.strip());
            audit.record(AuditActions.UPDATE, "training-certificate", certificateId, "revoked");
        }
        return view(c);
    }

    /** The certificate as a one-page PDF, with the code and where to check it. */
    public byte[] pdf(long certificateId) {
        Certificate c = certificateInScope(certificateId);
        CertificateDetail v = view(c);
        if (!c.isLive()) {
            throw InvalidInputException.of("certificate", "was revoked or replaced and is no longer printed");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("Course", v.course());
        facts.put("Date", v.date());
        facts.put("Issued", v.issuedOn());
        if (v.expiresOn() != null) {
            facts.put("Valid until", v.expiresOn());
        }
        facts.put("Verification code", v.code());
        facts.put("Check it at", verificationUrl(v.code()));
        // A printed certificate carries a professional's name out of Liberta: who printed whose is on record.
        audit.record(AuditActions.EXPORT, "training-certificate", certificateId, "PDF");
        return new PdfDocument("Certificate of completion", "Liberta training programme")
                .paragraph("This certifies that")
                .heading(v.name())
                .paragraph("completed the course below.")
                .facts(facts)
                .toBytes();
    }

    String verificationUrl(String code) {
        return publicUrl.replaceAll("/+$", "") + "/public/certificate.xhtml?code=" + code;
    }

    /** Anyone: the name, course and date behind a code, and whether it is still valid; unknown codes are not found. */
    public Verification verify(String code) {
        // As typed from paper: any case, with or without the dashes and spaces.
        String plain = code == null ? "" : code.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (plain.length() != 12) {
            throw new NotFoundException("certificate");
        }
        String normalised = plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
        Certificate c = certificates.certificateByCode(normalised).orElseThrow(() -> new NotFoundException("certificate"));
        CertificateDetail v = view(c);
        return new Verification(v.name(), v.course(), v.date(), v.status());
    }

    /** Live certificates of the caller's programmes expiring within {@code days}, soonest first. */
    public Page<CertificateDetail> expiring(int days, PageRequest page) {
        caller.requireAnyRole(TrainingService.TRAINERS);
        if (days < 1 || days > 3660) {
            throw InvalidInputException.of("expiringWithin", "must be from 1 to 3660 days");
        }
        LocalDate today = LocalDate.now();
        var scope = caller.programmeIds();
        List<CertificateDetail> views = new ArrayList<>();
        for (Certificate c : certificates.expiringCertificates(scope, today, today.plusDays(days), page.offset(), page.size())) {
            views.add(view(c));
        }
        return new Page<>(views, certificates.countExpiringCertificates(scope, today, today.plusDays(days)), page.page(),
                page.size());
    }

    private Certificate certificateInScope(long id) {
        caller.requireAnyRole(TrainingService.TRAINERS);
        Certificate c = certificates.certificate(id).orElseThrow(() -> new NotFoundException("certificate"));
        caller.requireProgramme(c.getProgrammeId());
        return c;
    }

    private CertificateDetail view(Certificate c) {
        TrainingSession s = repository.session(c.getSessionId()).orElseThrow();
        return view(c, professionals.professional(c.getProfessionalId()).orElseThrow(),
                repository.course(s.getCourseId()).orElseThrow(), s);
    }

    private static CertificateDetail view(Certificate c, Professional p, Course course, TrainingSession s) {
        return new CertificateDetail(c.getId(), c.getCode(), c.getAttendanceId(), c.getSessionId(), p.getName(),
                course.getTitle(), s.getStartsOn(), c.getIssuedOn(), c.getExpiresOn(), c.status(LocalDate.now()).name(),
                c.getRevokedReason());
    }

    private static LocalDate expiry(Course course) {
        return course.getValidMonths() == null ? null : LocalDate.now().plusMonths(course.getValidMonths());
    }

    /** Twelve characters from a 32-letter alphabet: 60 random bits, XXXX-XXXX-XXXX. */
    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
