package org.liberta.platform.api.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.liberta.platform.api.InvalidInputException;

/**
 * Dates in query strings. JAX-RS would answer a 404 for a query parameter it cannot convert; taking them as
 * text and parsing here gives the 400 naming the parameter that docs/api.md promises.
 */
public final class QueryDates {

    private QueryDates() {
    }

    /** The date, or null when the parameter is absent or blank. */
    public static LocalDate optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "must be a date (YYYY-MM-DD)");
        }
    }

    public static LocalDate required(String field, String value) {
        LocalDate date = optional(field, value);
        if (date == null) {
            throw InvalidInputException.of(field, "is required (YYYY-MM-DD)");
        }
        return date;
    }
}
