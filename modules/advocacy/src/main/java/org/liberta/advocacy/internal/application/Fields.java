package org.liberta.advocacy.internal.application;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.TextFields;

/** Checks of form and API fields that collect every error, each naming its field (text: {@link TextFields}). */
final class Fields {

    private Fields() {
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
        String text = TextFields.optional(errors, "country", value, 2);
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
