package org.liberta.platform.api.indicators;

import java.time.LocalDate;

/**
 * One record behind a figure, as a report's drill-down lists it: a pseudonymous reference (a case reference or
 * pseudonym, a court case number — never a name), its programme, the date that put it in the period and a short
 * description.
 */
public record IndicatorRecord(String reference, long programmeId, LocalDate date, String detail) {
}
