package org.liberta.advocacy.internal.application;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;

/** Checks of form and API fields that collect every error, each naming its field. */
final class Fields {

    private Fields() {
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

    static <E extends Enum<E>> E oneOf(List<FieldError> errors, String field, String value, Class<E> type,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    static String country(List<FieldError> errors, String value) {
        String text = optional(errors, "country", value, 2);
        if (text != null && !text.matches("[A-Za-z]{2}")) {
            errors.add(new FieldError("country", "must be a two-letter country code"));
        }
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /** Influence and stance: 1 (low, opposed) to 5 (high, supportive), or not yet judged. */
    static void scale(List<FieldError> errors, String field, Integer value) {
        if (value != null && (value < 1 || value > 5)) {
            errors.add(new FieldError(field, "must be from 1 to 5"));
        }
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
