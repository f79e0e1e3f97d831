package org.liberta.platform.api.ui;

import java.text.NumberFormat;

import jakarta.faces.context.FacesContext;

/**
 * One line of someone's day on their home page: how many records need something ("3 hearings this week"), or the
 * state of one thing ("the report for H2 2026: not published"), and the page where that work is done.
 *
 * @param key     stable name of the item (e.g. {@code courts.outcomesMissing}), for tests and styling
 * @param area    the module's title, under which the home page groups its items
 * @param figure  the number, or a word when the item is a state
 * @param text    what the figure counts, in the reader's language
 * @param outcome the page that lists those records, with its filter as a query string
 * @param urgency how loudly the home page shows it
 */
public record WorkItem(String key, String area, String figure, String text, String outcome, Urgency urgency) {

    /**
     * Overdue is red, due is amber, information (this week's hearings) is blue; clear (nothing to do) is quiet, so
     * the eye goes to what needs doing.
     */
    public enum Urgency { OVERDUE, DUE, INFO, CLEAR }

    /** A counted item: clear when there is nothing to do, otherwise as urgent as the caller says. */
    public static WorkItem counted(String key, String area, long count, String text, String outcome, Urgency whenAny) {
        return new WorkItem(key, area, number(count), text, outcome, count == 0 ? Urgency.CLEAR : whenAny);
    }

    private static String number(long count) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Long.toString(count)
                : NumberFormat.getIntegerInstance(faces.getViewRoot().getLocale()).format(count);
    }

    /** Whether the figure is a count (digits and the locale's grouping), not a state in words. */
    public boolean isNumber() {
        return !figure.isEmpty() && figure.codePoints().allMatch(c -> Character.isDigit(c) || !Character.isLetter(c));
    }

    public boolean isOverdue() {
        return urgency == Urgency.OVERDUE;
    }
}
