package org.liberta.platform.api.indicators;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.liberta.platform.api.Period;

/**
 * One indicator, declared whole in one place: what it is ({@link IndicatorDefinition}), how it counts (alone with
 * a {@link Tallier}, or as a member of a {@link FigureFamily} that one statement counts together), whether a figure
 * over several programmes is the sum of theirs ({@link #additive()}), and how it lists the records behind it.
 * A module declares its figures as a list of these ({@link DeclaredFigures}); adding an indicator is adding one.
 */
public final class Figure {

    /** Counts the figure in one statement, for the union of the programmes or by programme, as {@link Tally} asks. */
    @FunctionalInterface
    public interface Tallier {
        Map<Long, Long> tally(Period period, Collection<Long> programmeIds, Tally tally);
    }

    /** The records behind the figure, pseudonymised, in a stable order: one query, paged in the database. */
    @FunctionalInterface
    public interface Lister {
        List<IndicatorRecord> records(Period period, Collection<Long> programmeIds, int first, int max);
    }

    /** How many records {@link Lister} lists, where that is not the figure itself (a sum over its records). */
    @FunctionalInterface
    public interface RecordCounter {
        long count(Period period, Collection<Long> programmeIds);
    }

    private final IndicatorDefinition definition;
    private final Tallier tallier;
    private final FigureFamily family;
    private final boolean additive;
    private final Lister lister;
    private final RecordCounter recordCounter;

    private Figure(IndicatorDefinition definition, Tallier tallier, FigureFamily family, boolean additive, Lister lister,
            RecordCounter recordCounter) {
        this.definition = definition;
        this.tallier = tallier;
        this.family = family;
        this.additive = additive;
        this.lister = lister;
        this.recordCounter = recordCounter;
    }

    /** A figure that something may count under two programmes (a person trained by both): counted per column. */
    public static Figure counted(IndicatorDefinition definition, Tallier tallier) {
        return new Figure(definition, tallier, null, false, null, null);
    }

    /**
     * A figure whose every record belongs to exactly one programme (a removal, a survivor, who never changes
     * programme): a report counts it once by programme and adds the programmes up for each column.
     */
    public static Figure additive(IndicatorDefinition definition, Tallier tallier) {
        return new Figure(definition, tallier, null, true, null, null);
    }

    /** A member of a family one statement counts together; members are additive, counted by programme. */
    public static Figure inFamily(IndicatorDefinition definition, FigureFamily family) {
        return new Figure(definition, null, family, true, null, null);
    }

    /** The same figure, listing the records behind it. */
    public Figure listing(Lister records) {
        return new Figure(definition, tallier, family, additive, records, recordCounter);
    }

    /** The same figure, whose records are counted apart from the figure (it sums a quantity over them). */
    public Figure recordsCountedBy(RecordCounter counter) {
        return new Figure(definition, tallier, family, additive, lister, counter);
    }

    public IndicatorDefinition definition() {
        return definition;
    }

    public String code() {
        return definition.code();
    }

    public boolean additive() {
        return additive;
    }

    /** The family this figure is counted with, or null when it is counted alone. */
    public FigureFamily family() {
        return family;
    }

    Tallier tallier() {
        return tallier;
    }

    Lister lister() {
        return lister;
    }

    RecordCounter recordCounter() {
        return recordCounter;
    }
}
