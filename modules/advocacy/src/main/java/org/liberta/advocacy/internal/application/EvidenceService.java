package org.liberta.advocacy.internal.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liberta.advocacy.internal.domain.AdvocacyRepository;
import org.liberta.advocacy.internal.domain.Evidence;
import org.liberta.advocacy.internal.domain.EvidenceInfo;
import org.liberta.advocacy.internal.domain.EvidenceType;
import org.liberta.advocacy.internal.domain.Outcome;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.documents.ZipBombGuard;

/**
 * Files uploaded as evidence of an outcome. The size is limited (LIBERTA_EVIDENCE_MAX_BYTES, default 10 MB) and read
 * no further than the limit; only PDF, PNG, JPEG, Word, Excel and plain text are taken, and only when the content
 * is what the name says; Word and Excel files (zips) keep the same limits as imported workbooks. Anything refused writes nothing and names the field.
 */
@ApplicationScoped
@Transactional
public class EvidenceService {

    @Inject
    private AdvocacyRepository repository;

    @Inject
    private AdvocacyScope scope;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    @ConfigProperty(name = "liberta.evidence.max.bytes", defaultValue = "10485760")
    private long maxBytes;

    /** A file to hand back: its name, type and content. */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    public EvidenceInfo upload(long outcomeId, String fileName, InputStream content) {
        scope.requireWriter();
        Outcome outcome = scope.outcome(outcomeId);
        String name = fileName == null ? "" : fileName.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (name.isEmpty()) {
            throw InvalidInputException.of("fileName", "is required");
        }
        if (name.length() > 200) {
            throw InvalidInputException.of("fileName", "at most 200 characters");
        }
        EvidenceType type = EvidenceType.byFileName(name).orElseThrow(() -> InvalidInputException.of("fileName",
                "only PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) and text (.txt) files are taken as evidence"));
        byte[] bytes = readAtMost(content, maxBytes);
        if (bytes == null) {
            throw InvalidInputException.of("file", "is larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB");
        }
        if (bytes.length == 0) {
            throw InvalidInputException.of("file", "is empty");
        }
        if (!type.matches(bytes)) {
            throw InvalidInputException.of("file", "is not the " + type.name() + " file its name says it is");
        }
        if (type.isZip()) {
            ZipBombGuard.check(bytes, "file"); // whoever opens it later must not be the one to find the bomb
        }
        Evidence saved = repository.save(new Evidence(outcome, name, type, bytes, sha256(bytes), caller.username(),
                Instant.now()));
        repository.flush();
        audit.record(AuditActions.CREATE, "advocacy-evidence", saved.getId(), "outcome " + outcomeId);
        return info(saved);
    }

    public List<EvidenceInfo> evidenceOf(long outcomeId) {
        scope.outcome(outcomeId);
        return repository.evidenceOf(List.of(outcomeId));
    }

    /** The evidence of every outcome of a campaign, by outcome, in one query. */
    public java.util.Map<Long, List<EvidenceInfo>> evidenceOfCampaign(long campaignId) {
        scope.campaign(campaignId);
        return repository.evidenceOf(repository.outcomesOfCampaign(campaignId).stream().map(Outcome::getId).toList())
                .stream().collect(java.util.stream.Collectors.groupingBy(EvidenceInfo::outcomeId));
    }

    public EvidenceFile download(long evidenceId) {
        scope.requireReader();
        Evidence evidence = repository.evidence(evidenceId).orElseThrow(() -> new NotFoundException("evidence"));
        caller.requireProgramme(evidence.getProgrammeId());
        audit.record(AuditActions.EXPORT, "advocacy-evidence", evidenceId, "downloaded");
        return new EvidenceFile(evidence.getFileName(), evidence.getContentType(), evidence.getContent());
    }

    private static EvidenceInfo info(Evidence e) {
        return new EvidenceInfo(e.getId(), e.getOutcomeId(), e.getFileName(), e.getContentType(), e.getSizeBytes(),
                e.getUploadedBy(), e.getUploadedAt());
    }

    /** The whole stream when it is within the limit; null as soon as it passes it (the rest is never read). */
    static byte[] readAtMost(InputStream in, long limit) {
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return bytes.length > limit ? null : bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
