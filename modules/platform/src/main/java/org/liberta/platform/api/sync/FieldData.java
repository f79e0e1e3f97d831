package org.liberta.platform.api.sync;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;

/**
 * Reads the {@code data} of a {@link FieldAction} field by field, collecting a {@link FieldError} for each that is
 * missing or does not parse, so the device shows every mistake against its field at once. Call {@link #check()}
 * when all are read; the module's service then applies its own rules, as for any request.
 */
public final class FieldData {

    private final JsonObject data;
    private final List<FieldError> errors = new ArrayList<>();

    public FieldData(JsonObject data) {
        this.data = data == null ? JsonValue.EMPTY_JSON_OBJECT : data;
    }

    public Long requiredId(String field) {
        JsonValue value = data.get(field);
        if (value instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0) {
            return n.longValue();
        }
        errors.add(new FieldError(field, value == null || value == JsonValue.NULL ? "is required" : "must be an id"));
        return null;
    }

    public LocalDate date(String field, boolean required) {
        JsonValue value = data.get(field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(((JsonString) value).getString());
        } catch (ClassCastException | DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date such as 2026-12-08"));
            return null;
        }
    }

    public <E extends Enum<E>> E code(String field, Class<E> codes) {
        JsonValue value = data.get(field);
        try {
            return Enum.valueOf(codes, ((JsonString) value).getString());
        } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldError(field, value == null ? "is required" : "is not one of the codes docs/api.md lists"));
            return null;
        }
    }

    public String text(String field) {
        JsonValue value = data.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(field, "must be text"));
        return null;
    }

    /** An optional whole number (a score): absent is null, anything else but an integer is an error. */
    public Integer wholeNumber(String field) {
        JsonValue value = data.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return n.intValue();
        }
        errors.add(new FieldError(field, "must be a whole number"));
        return null;
    }

    /** An optional yes or no: absent is null, anything but true or false is an error. */
    public Boolean yesNo(String field) {
        JsonValue value = data.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        errors.add(new FieldError(field, "must be true or false"));
        return null;
    }

    /** Throws the errors collected so far, if any. */
    public void check() {
        InvalidInputException.throwIfAny(errors);
    }
}
