package org.liberta.platform.api;

/** One bad field of a request, as it appears in a problem+json {@code errors} list. */
public record FieldError(String field, String message) implements java.io.Serializable {
}
