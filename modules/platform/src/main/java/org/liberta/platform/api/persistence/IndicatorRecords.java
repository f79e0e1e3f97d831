package org.liberta.platform.api.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.TypedQuery;

import org.liberta.platform.api.indicators.IndicatorRecord;

/** Runs a module's "records behind a figure" query, written once for every indicator that lists its records. */
public final class IndicatorRecords {

    /** Longer details (an engagement's summary, say) are cut to one line. */
    static final int DETAIL_LENGTH = 140;

    private IndicatorRecords() {
    }

    /**
     * Binds :p (the programmes), :from, :to and {@code more} (name, value pairs), reads one page and turns each row of
     * (reference, programme id, day, detail) into a record.
     */
    public static List<IndicatorRecord> page(TypedQuery<Object[]> query, Collection<Long> programmeIds, LocalDate from,
            LocalDate to, int first, int max, Object... more) {
        query.setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to);
        for (int i = 0; i < more.length; i += 2) {
            query.setParameter((String) more[i], more[i + 1]);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(r -> new IndicatorRecord(String.valueOf(r[0]), ((Number) r[1]).longValue(), (LocalDate) r[2],
                        detail(r[3]))).toList();
    }

    /**
     * One page of a native query's rows of (reference, programme id, day, detail) as records; the day may come back
     * as an SQL date, as native queries give it.
     */
    public static List<IndicatorRecord> page(jakarta.persistence.Query nativeQuery, int first, int max) {
        List<IndicatorRecord> records = new java.util.ArrayList<>();
        for (Object row : nativeQuery.setFirstResult(first).setMaxResults(max).getResultList()) {
            Object[] r = (Object[]) row;
            records.add(new IndicatorRecord(String.valueOf(r[0]), ((Number) r[1]).longValue(),
                    r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2], String.valueOf(r[3])));
        }
        return records;
    }

    private static String detail(Object value) {
        String text = value == null ? null : value.toString();
        return text == null || text.length() <= DETAIL_LENGTH ? text : text.substring(0, DETAIL_LENGTH - 1) + "…";
    }
}
