package org.liberta.platform.api.indicators;

/**
 * A countable indicator: its stable code (e.g. {@code SURVIVORS_CARED_FOR}), English label and place in the
 * report. When {@code denominator} names another indicator of the same provider, the report also shows this one
 * as a percentage of it (police engagement among survivors cared for, for example).
 */
public record IndicatorDefinition(String code, String label, int displayOrder, String denominator) {

    public IndicatorDefinition(String code, String label, int displayOrder) {
        this(code, label, displayOrder, null);
    }
}
