package org.liberta.platform.api.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a module counts one figure: once over the union of the programmes asked for (a report's Direct and Incl.
 * funded columns, where someone in two programmes counts once), or once for each programme in the same statement
 * (its programme columns). Both come from the same from-and-where text, so the two can never count differently.
 */
public enum Tally {
    TOTAL, BY_PROGRAMME;

    /** The key a {@link #TOTAL} tally's only figure is filed under. */
    public static final long ALL = -1L;

    /**
     * The query text (JPQL or SQL): {@code select <aggregate> <fromWhere>}, or grouped by {@code programme} with
     * the programme first.
     */
    public String select(String aggregate, String programme, String fromWhere) {
        return this == TOTAL ? "select " + aggregate + " " + fromWhere
                : "select " + programme + ", " + aggregate + " " + fromWhere + " group by " + programme;
    }

    /** The query's rows as figures by programme id ({@link #ALL} for a total); an empty sum counts as 0. */
    public Map<Long, Long> figures(List<?> rows) {
        Map<Long, Long> figures = new HashMap<>();
        for (Object row : rows) {
            if (this == TOTAL) {
                figures.put(ALL, number(row instanceof Object[] cells ? cells[0] : row));
            } else {
                Object[] cells = (Object[]) row;
                figures.put(((Number) cells[0]).longValue(), number(cells[1]));
            }
        }
        return figures;
    }

    /** The total in figures a {@link #TOTAL} tally made. */
    public static long total(Map<Long, Long> figures) {
        return figures.getOrDefault(ALL, 0L);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
