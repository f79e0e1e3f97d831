package org.liberta.platform.api.imports;

import java.io.Serializable;
import java.util.List;

import org.liberta.platform.api.FieldError;

/**
 * What an import did, or will do, with one line of a file: CREATED, UPDATED, UNCHANGED or REJECTED (with every
 * reason, each naming its column). {@code reference} names the record the line became or matched.
 */
public record ImportLineResult(int line, String outcome, String reference, List<FieldError> errors) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String CREATED = "CREATED";
    public static final String UPDATED = "UPDATED";
    public static final String UNCHANGED = "UNCHANGED";
    public static final String REJECTED = "REJECTED";

    public static ImportLineResult rejected(int line, List<FieldError> errors) {
        return new ImportLineResult(line, REJECTED, null, List.copyOf(errors));
    }

    public static ImportLineResult of(int line, String outcome, String reference) {
        return new ImportLineResult(line, outcome, reference, List.of());
    }
}
