package org.liberta.platform.api.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A native statement whose {@code ?} take their parameters in order, for the figures only SQL can say (derived
 * tables, counts over a care-state index). A date binds as an SQL date, a collection as one {@code ?} per element
 * ({@code IN (?)} becomes {@code IN (?,?,?)}; an empty one {@code IN (NULL)}, which matches nothing, as it should),
 * and null as the literal NULL, since drivers disagree on binding an untyped null. The SQL is always written in
 * code; only values travel as parameters.
 * <p>
 * Used as {@code NativeSql.query(em, sql, values…)}.
 */
public record NativeSql(String sql, List<Object> values) {

    /** The statement as a query of the entity manager, its values bound. */
    public static Query query(EntityManager em, String sql, Object... parameters) {
        NativeSql statement = of(sql, parameters);
        return statement.bind(em.createNativeQuery(statement.sql()));
    }

    public static NativeSql of(String sql, Object... parameters) {
        StringBuilder expanded = new StringBuilder();
        List<Object> values = new ArrayList<>();
        int next = 0;
        for (char c : sql.toCharArray()) {
            if (c != '?') {
                expanded.append(c);
                continue;
            }
            if (next == parameters.length) {
                throw new IllegalArgumentException(parameters.length + " parameters for more placeholders in " + sql);
            }
            Object parameter = parameters[next++];
            if (parameter == null) {
                expanded.append("NULL");
                continue;
            }
            Collection<?> many = parameter instanceof Collection<?> all ? all : List.of(parameter);
            expanded.append(many.isEmpty() ? "NULL" : String.join(",", Collections.nCopies(many.size(), "?")));
            many.forEach(v -> values.add(v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v));
        }
        if (next != parameters.length) {
            throw new IllegalArgumentException(parameters.length + " parameters for " + next + " placeholders");
        }
        return new NativeSql(expanded.toString(), List.copyOf(values));
    }

    /** Binds the values, in order, to a query made from {@link #sql()}. */
    public Query bind(Query query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}
