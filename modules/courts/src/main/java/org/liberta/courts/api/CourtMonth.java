package org.liberta.courts.api;

import java.time.YearMonth;

/**
 * One court's hearings in one month that reached a result: how many sat (held or adjourned) and how many of those
 * were adjourned because a witness did not come.
 */
public record CourtMonth(String court, YearMonth month, long sat, long adjournedForWitnessAbsence) {
}
