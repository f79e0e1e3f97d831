package org.liberta.platform.api.indicators;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Period;

/**
 * An indicator provider made of {@link Figure} declarations: a module lists its figures, each whole in one place,
 * and this class answers the SPI from them (which figures count together, which add up across programmes, which list
 * their records), once for every module. A subclass is the module's CDI bean next to the tables it counts.
 */
public abstract class DeclaredFigures implements TalliedIndicatorProvider {

    private volatile Map<String, Figure> byCode;

    /** The module's figures, in the order they are declared. */
    protected abstract List<Figure> figures();

    private Map<String, Figure> byCode() {
        Map<String, Figure> figures = byCode;
        if (figures == null) {
            figures = new LinkedHashMap<>();
            for (Figure figure : figures()) {
                if (figures.put(figure.code(), figure) != null) {
                    throw new IllegalStateException("two figures are declared as " + figure.code());
                }
            }
            byCode = figures;
        }
        return figures;
    }

    private Figure figure(String code) {
        Figure figure = byCode().get(code);
        if (figure == null) {
            throw InvalidInputException.of("indicator", "unknown indicator " + code);
        }
        return figure;
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return byCode().values().stream().map(Figure::definition).toList();
    }

    @Override
    public Map<Long, Long> tally(String code, Period period, Collection<Long> programmeIds, Tally tally) {
        Figure figure = figure(code);
        if (figure.family() == null) {
            return figure.tallier().tally(period, programmeIds, tally);
        }
        // The family's one statement counts this member as cheaply as alone; members add up across programmes.
        Map<Long, Long> byProgramme = figure.family().counter().countByProgramme(period, programmeIds)
                .getOrDefault(code, Map.of());
        return tally == Tally.BY_PROGRAMME ? byProgramme
                : Map.of(Tally.ALL, byProgramme.values().stream().mapToLong(Long::longValue).sum());
    }

    @Override
    public boolean additive(String code) {
        Figure figure = byCode().get(code);
        return figure != null && figure.additive();
    }

    @Override
    public Set<String> countedWith(String code) {
        Figure figure = byCode().get(code);
        if (figure == null || figure.family() == null) {
            return Set.of(code);
        }
        return members(figure.family());
    }

    private Set<String> members(FigureFamily family) {
        return byCode().values().stream().filter(f -> family.equals(f.family())).map(Figure::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Map<String, Map<Long, Long>> countTogetherByProgramme(Set<String> codes, Period period,
            Collection<Long> programmeIds) {
        Set<FigureFamily> families = codes.stream().map(this::figure).map(Figure::family).collect(Collectors.toSet());
        if (families.size() != 1 || families.contains(null)) {
            return TalliedIndicatorProvider.super.countTogetherByProgramme(codes, period, programmeIds);
        }
        Map<String, Map<Long, Long>> all = families.iterator().next().counter().countByProgramme(period, programmeIds);
        Map<String, Map<Long, Long>> asked = new HashMap<>();
        codes.forEach(code -> asked.put(code, new HashMap<>(all.getOrDefault(code, Map.of()))));
        return asked;
    }

    @Override
    public boolean listsRecords(String code) {
        Figure figure = byCode().get(code);
        return figure != null && figure.lister() != null;
    }

    @Override
    public long countRecords(String code, Period period, Collection<Long> programmeIds) {
        Figure figure = figure(code);
        return figure.recordCounter() == null || programmeIds.isEmpty()
                ? TalliedIndicatorProvider.super.countRecords(code, period, programmeIds)
                : figure.recordCounter().count(period, programmeIds);
    }

    @Override
    public List<IndicatorRecord> records(String code, Period period, Collection<Long> programmeIds, int first, int max) {
        Figure figure = byCode().get(code);
        return figure == null || figure.lister() == null || programmeIds.isEmpty() ? List.of()
                : figure.lister().records(period, programmeIds, first, max);
    }
}
