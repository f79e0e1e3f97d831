package org.liberta.platform.api.indicators;

import java.util.Collection;
import java.util.Map;

import org.liberta.platform.api.Period;

/**
 * Figures that one statement counts together as cheaply as any one of them (survivors cared for and how many of
 * them stood on each police rung; follow-ups and how many by each mode). A report or chart that needs one of them
 * asks for the family at once. Its members are additive: the family counts by programme.
 *
 * @param name    what the family is, for reading
 * @param counter counts every member by programme: code, then programme id, then figure
 */
public record FigureFamily(String name, Counter counter) {

    @FunctionalInterface
    public interface Counter {
        Map<String, Map<Long, Long>> countByProgramme(Period period, Collection<Long> programmeIds);
    }
}
