package org.liberta.training.internal.application;

import java.util.List;

import org.liberta.platform.api.FieldError;

/** Free-text fields as forms and sheets give them: trimmed, blank as absent, too long as an error naming the field. */
final class Text {

    private Text() {
    }

    static String optional(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return text;
    }

    static String required(List<FieldError> errors, String field, String value, int max) {
        String text = optional(errors, field, value, max);
        if (text == null) {
            errors.add(new FieldError(field, "is required"));
        }
        return text;
    }
}
