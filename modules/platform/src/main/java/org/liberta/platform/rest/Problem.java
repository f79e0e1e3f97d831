package org.liberta.platform.rest;

import java.util.List;

import org.liberta.platform.api.FieldError;

/** An RFC 9457 problem document, the body of every error answer. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem("about:blank", "Invalid input", 400, detail, List.copyOf(errors));
    }
}
