package org.liberta.platform.api.persistence;

import java.util.Collection;
import java.util.Map;

import jakarta.persistence.Query;

import org.liberta.platform.api.indicators.Tally;

/** Runs a module's headline-figure query, written once for both kinds of {@link Tally}. */
public final class Tallies {

    private Tallies() {
    }

    /**
     * Binds :p (the programmes), :from, :to and {@code more} (name, value pairs) to a query made from
     * {@code tally.select(...)}, and reads its figures.
     */
    public static Map<Long, Long> run(Tally tally, Query query, Collection<Long> programmeIds, Object from, Object to,
            Object... more) {
        query.setParameter("p", programmeIds).setParameter("from", from).setParameter("to", to);
        for (int i = 0; i < more.length; i += 2) {
            query.setParameter((String) more[i], more[i + 1]);
        }
        return tally.figures(query.getResultList());
    }
}
