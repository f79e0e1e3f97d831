package org.liberta.platform.api;

import java.util.List;

/**
 * Free-text fields as forms, sheets and the API give them: trimmed, blank as absent, too long (or missing when
 * required) as an error naming the field, collected so one answer lists every problem.
 */
public final class TextFields {

    private TextFields() {
    }

    public static String optional(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return text;
    }

    public static String required(List<FieldError> errors, String field, String value, int max) {
        String text = optional(errors, field, value, max);
        if (text == null) {
            errors.add(new FieldError(field, "is required"));
        }
        return text;
    }
}
