package org.liberta.platform.api;

import java.util.ArrayList;
import java.util.List;

/** Which page of a list to read; docs/api.md caps {@code size} at 500 so no request can pull a whole table. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        InvalidInputException.throwIfAny(errors);
    }

    /** Reads optional query parameters, defaulting to the first page of 50. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
