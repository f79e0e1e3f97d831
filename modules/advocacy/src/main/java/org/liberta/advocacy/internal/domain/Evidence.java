package org.liberta.advocacy.internal.domain;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/** A file that shows an outcome happened: a Hansard extract, a letter, a photograph of the court's notice. */
@Entity(name = "OutcomeEvidence")
@Table(name = "adv_evidence")
public class Evidence extends VersionedEntity {

    @Column(name = "outcome_id", nullable = false)
    private long outcomeId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** Loaded only when the file itself is asked for, never with a list. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected Evidence() {
    }

    public Evidence(Outcome outcome, String fileName, EvidenceType type, byte[] content, String sha256,
            String uploadedBy, Instant uploadedAt) {
        this.outcomeId = outcome.getId();
        this.programmeId = outcome.getProgrammeId();
        this.fileName = fileName;
        this.contentType = type.mediaType();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.content = content;
    }

    public long getOutcomeId() {
        return outcomeId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public byte[] getContent() {
        return content;
    }
}
