package org.liberta.platform.api.sync;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.json.JsonObject;

/**
 * One thing done on a device without a signal (a follow-up logged, a witness called, attendance taken), as the field
 * app queued it. {@code id} is made on the device, so the action is applied at most once however often it is sent;
 * an edit carries the {@code version} of the record it started from, and a changed record is a conflict, never an
 * overwrite.
 */
public record FieldAction(UUID id, String type, Long recordId, Long version, OffsetDateTime capturedAt,
        JsonObject data) {
}
