package org.liberta.platform.api.indicators;

import java.io.Serializable;

/**
 * A countable indicator: its stable code (e.g. {@code SURVIVORS_CARED_FOR}), English label and place in the
 * report. When {@code denominator} names another indicator of the same provider, the report also shows this one
 * as a percentage of it (police engagement among survivors cared for, for example). A {@code breakdown} (engagements
 * per stakeholder type, say) is left out of the headline report unless asked for by code: dashboards show them.
 */
public record IndicatorDefinition(String code, String label, int displayOrder, String denominator, boolean breakdown) implements Serializable {

    public IndicatorDefinition(String code, String label, int displayOrder) {
        this(code, label, displayOrder, null, false);
    }

    public IndicatorDefinition(String code, String label, int displayOrder, String denominator) {
        this(code, label, displayOrder, denominator, false);
    }

    /** The same indicator, marked as a breakdown of another. */
    public IndicatorDefinition asBreakdown() {
        return new IndicatorDefinition(code, label, displayOrder, denominator, true);
    }
}
