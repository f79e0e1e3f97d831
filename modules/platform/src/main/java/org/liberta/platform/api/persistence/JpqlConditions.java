package org.liberta.platform.api.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

/**
 * The optional filters of a list query: each condition is a fixed JPQL fragment written in code, and its value
 * always travels as a named parameter, so no text from a request ever becomes part of a query.
 */
public final class JpqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds the condition (which uses {@code :name}) when the value is given; a null value means "any". */
    public JpqlConditions whenGiven(Object value, String condition, String name) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition that always applies, with its parameter. */
    public JpqlConditions always(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /** Adds a condition without parameters when {@code applies}. */
    public JpqlConditions when(boolean applies, String condition) {
        if (applies) {
            conditions.add(condition);
        }
        return this;
    }

    /** {@code " where a and b"}, or nothing when there are no conditions. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
