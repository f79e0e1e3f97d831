package org.liberta.platform.api.indicators;

import java.util.Collection;
import java.util.Map;

import org.liberta.platform.api.Period;

/**
 * An indicator provider that writes each figure once, as one statement that can tally either way (see {@link Tally}):
 * the report's Direct and Incl. funded columns ask for a total, its programme columns for one grouped statement.
 */
public interface TalliedIndicatorProvider extends IndicatorProvider {

    /** The figures of {@code code} as the tally asks; called only with at least one programme. */
    Map<Long, Long> tally(String code, Period period, Collection<Long> programmeIds, Tally tally);

    @Override
    default long count(String code, Period period, Collection<Long> programmeIds) {
        return programmeIds.isEmpty() ? 0 : Tally.total(tally(code, period, programmeIds, Tally.TOTAL));
    }

    @Override
    default Map<Long, Long> countByProgramme(String code, Period period, Collection<Long> programmeIds) {
        return programmeIds.isEmpty() ? Map.of() : tally(code, period, programmeIds, Tally.BY_PROGRAMME);
    }
}
