package org.liberta.platform.api;

import java.util.List;

/**
 * Free-text fields as forms, sheets and the API give them: trimmed, blank as absent, too long (or missing when
 * required) as an error naming the field, collected so one answer lists every problem.
 */
public final class TextFields {

    private TextFields() {
    }

    /** Text as a command keeps it: trimmed, and blank taken as absent (its annotations then check what is left). */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A code as stored: trimmed and upper-cased, blank taken as absent. */
    public static String code(String value) {
        String text = clean(value);
        return text == null ? null : text.toUpperCase(java.util.Locale.ROOT);
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
