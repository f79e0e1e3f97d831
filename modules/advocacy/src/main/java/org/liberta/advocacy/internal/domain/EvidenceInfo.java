package org.liberta.advocacy.internal.domain;

import java.io.Serializable;
import java.time.Instant;

/** An outcome's evidence file as lists show it: everything but the content. */
public record EvidenceInfo(long id, long outcomeId, String fileName, String contentType, long sizeBytes,
        String uploadedBy, Instant uploadedAt) implements Serializable {
}
