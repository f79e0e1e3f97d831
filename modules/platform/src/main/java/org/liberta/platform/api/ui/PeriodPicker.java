package org.liberta.platform.api.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The period a page shows (figures, a backlog, the audit trail): two inclusive dates the reader picks, and on
 * reporting pages a named kind of period ("the latest six months") that fills them in. A page holds one and its
 * markup binds {@code #{view.period.from}}, {@code #{view.period.to}} and, where offered, {@code #{view.period.preset}}.
 */
public final class PeriodPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The preset that leaves the dates as the reader typed them. */
    public static final String CUSTOM = "CUSTOM";

    /** What the dates of a named kind of period are on a given day, e.g. the latest complete six-month period. */
    @FunctionalInterface
    public interface Presets extends Serializable {
        Range datesOf(String preset, LocalDate today);
    }

    /** Two inclusive dates. */
    public record Range(LocalDate from, LocalDate to) implements Serializable {
    }

    private LocalDate from;
    private LocalDate to;
    private String preset = CUSTOM;
    private List<String> presetNames = List.of();
    private Presets presets;

    private PeriodPicker(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    /** Fixed dates to start from. */
    public static PeriodPicker between(LocalDate from, LocalDate to) {
        return new PeriodPicker(from, to);
    }

    /** The {@code length} of time up to and including today (six months: from the day after today six months ago). */
    public static PeriodPicker endingToday(Period length) {
        LocalDate today = LocalDate.now();
        return new PeriodPicker(today.minus(length).plusDays(1), today);
    }

    /** No dates: everything, until the reader narrows it. */
    public static PeriodPicker unbounded() {
        return new PeriodPicker(null, null);
    }

    /**
     * Offers named kinds of period ({@code names}, which may include {@link #CUSTOM}) and starts on {@code chosen},
     * its dates filled in as of today.
     */
    public static PeriodPicker withPresets(List<String> names, String chosen, Presets presets) {
        PeriodPicker picker = new PeriodPicker(null, null);
        picker.presetNames = List.copyOf(names);
        picker.presets = presets;
        picker.preset = chosen;
        picker.applyPreset();
        return picker;
    }

    /** Fills the dates from the chosen kind of period, unless the reader chose to type them ({@link #CUSTOM}). */
    public void applyPreset() {
        if (presets != null && !CUSTOM.equals(preset)) {
            Range range = presets.datesOf(preset, LocalDate.now());
            from = range.from();
            to = range.to();
        }
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getPreset() {
        return preset;
    }

    public void setPreset(String preset) {
        this.preset = preset;
    }

    public List<String> getPresets() {
        return presetNames;
    }
}
