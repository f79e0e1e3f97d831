package org.liberta.platform.api.indicators;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liberta.platform.api.Period;
import org.liberta.platform.api.Role;

/**
 * The indicator SPI. A module implements it as a CDI bean next to the tables it counts; reporting collects
 * every implementation with {@code Instance<IndicatorProvider>} and never depends on a module.
 * <p>
 * Counting must happen in the database (one aggregate query, not entities loaded into Java), and people are
 * counted distinctly across the whole set of programmes asked for: a survivor in two programmes of one column
 * counts once in that column.
 */
public interface IndicatorProvider {

    List<IndicatorDefinition> indicators();

    /** The value of {@code code} for the period over the union of the given programmes. */
    long count(String code, Period period, Collection<Long> programmeIds);

    /**
     * The value of {@code code} for each of the given programmes on its own, by programme id; a programme with
     * nothing to count may be missing. Providers answer with one grouped query (see {@link Tally}) so that a report's
     * programme columns cost one statement, not one per programme; this default asks once per programme.
     */
    default Map<Long, Long> countByProgramme(String code, Period period, Collection<Long> programmeIds) {
        Map<Long, Long> figures = new HashMap<>();
        for (Long programmeId : programmeIds) {
            figures.put(programmeId, count(code, period, List.of(programmeId)));
        }
        return figures;
    }

    /**
     * Whether everything {@code code} counts belongs to exactly one programme (a follow-up, a court case, a survivor,
     * who never changes programme), so that a figure over several programmes is the sum of theirs. A report then
     * counts such an indicator once by programme instead of again for each column. False, the default, whenever one
     * thing can be counted under two programmes (a professional trained by both, an investigation they share).
     */
    default boolean additive(String code) {
        return false;
    }

    /**
     * The additive indicators one statement counts together with {@code code}, itself included (say, survivors cared
     * for and how many of them reached each police rung): a report or chart that needs one of them asks for all of
     * them at once through {@link #countTogetherByProgramme}, so offer a family only where counting it costs no more
     * than counting one of its members. By default, just {@code code}.
     */
    default Set<String> countedWith(String code) {
        return Set.of(code);
    }

    /** {@link #countByProgramme} for several indicators at once, by code; by default one after another. */
    default Map<String, Map<Long, Long>> countTogetherByProgramme(Set<String> codes, Period period,
            Collection<Long> programmeIds) {
        Map<String, Map<Long, Long>> figures = new HashMap<>();
        codes.forEach(code -> figures.put(code, countByProgramme(code, period, programmeIds)));
        return figures;
    }

    /** Whether {@link #records} can list what lies behind this indicator's figures. */
    default boolean listsRecords(String code) {
        return false;
    }

    /**
     * How many records lie behind the figure, for paging them: the figure itself, unless the figure sums a quantity
     * over its records (arrests over investigations), when it is how many records contributed to the sum.
     */
    default long countRecords(String code, Period period, Collection<Long> programmeIds) {
        return count(code, period, programmeIds);
    }

    /**
     * Who besides M&amp;E and administrators may read the records behind this module's figures: the people who keep
     * those records (need to know), within their programmes. Nobody else, however many figures they may see.
     */
    default Set<Role> recordsReadBy() {
        return Set.of();
    }

    /**
     * The records behind {@code count(code, period, programmeIds)}, pseudonymised, in a stable order, {@code max} at
     * most from {@code first}: one query, paged in the database.
     */
    default List<IndicatorRecord> records(String code, Period period, Collection<Long> programmeIds, int first,
            int max) {
        return List.of();
    }
}
