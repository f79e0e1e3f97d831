package org.liberta.courts.internal.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Statutory time limits count working days (Monday to Friday; public holidays are not modelled). The backlog asks
 * the other way round: on which day must a trial have started to have used up N working days by today?
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day {@code days} working days before {@code day} (a weekend day counts from the Friday before). */
    public static LocalDate before(LocalDate day, int days) {
        LocalDate d = day;
        int left = days;
        while (left > 0) {
            d = d.minusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}
