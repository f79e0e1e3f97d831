package org.liberta.platform.api.vault;

/**
 * Whose identity a vault entry belongs to: a record type owned by some module (e.g. {@code survivor}) and its
 * id, plus the programme that record belongs to, which decides who may reveal it.
 */
public record SubjectRef(String type, long id, long programmeId) {
}
