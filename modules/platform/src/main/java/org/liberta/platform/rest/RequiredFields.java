package org.liberta.platform.rest;

import java.util.List;
import java.util.Map;

import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;

/** Reports every blank required field of a request at once. */
final class RequiredFields {

    private RequiredFields() {
    }

    static void check(Map<String, String> values) {
        List<FieldError> missing = values.entrySet().stream().filter(e -> e.getValue().isBlank())
                .map(e -> new FieldError(e.getKey(), "is required")).sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }
}
