package org.liberta.casework.api;

import java.util.Locale;
import java.util.Optional;

/**
 * What a police investigation found, as the police report it: the seven outcomes an investigation carries. One
 * list for everything that names them: the REST body's fields and the investigation's attributes ({@link #field()}),
 * the table's columns ({@link #column()}), the headline report's indicators ({@link #indicatorCode()}), the form on
 * the survivor's file and the columns of the INVESTIGATIONS dataset the engagement deep dive reads.
 */
public enum InvestigationOutcome {
    FURTHER_VICTIMS("furtherVictims", "further victims identified"),
    SUSPECTS("suspects", "suspects identified"),
    ARRESTS("arrests", "arrests"),
    LINES_OF_ENQUIRY("linesOfEnquiry", "new lines of enquiry"),
    CHARGES("charges", "charges"),
    LOCATIONS_IDENTIFIED("locationsIdentified", "locations identified"),
    LOCATIONS_CHECKED("locationsChecked", "locations checked");

    private static final String INDICATOR_PREFIX = "INVESTIGATION_";

    private final String field;
    private final String found;

    InvestigationOutcome(String field, String found) {
        this.field = field;
        this.found = found;
    }

    /** The name in REST bodies, on the entity, in the page's message bundle ({@code outcome.…}) and in datasets. */
    public String field() {
        return field;
    }

    /** The column of cw_investigation that holds it (the field in snake case). */
    public String column() {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    /** The headline report's indicator summing it over investigations, e.g. INVESTIGATION_ARRESTS. */
    public String indicatorCode() {
        return INDICATOR_PREFIX + name();
    }

    /** The indicator's title in the report, e.g. "Investigations: arrests". */
    public String indicatorTitle() {
        return "Investigations: " + found;
    }

    /** The outcome an indicator code sums, if it is one of these. */
    public static Optional<InvestigationOutcome> ofIndicator(String code) {
        for (InvestigationOutcome outcome : values()) {
            if (outcome.indicatorCode().equals(code)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
