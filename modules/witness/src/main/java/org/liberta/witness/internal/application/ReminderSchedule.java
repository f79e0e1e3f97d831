package org.liberta.witness.internal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * When a witness is reminded of a hearing: 14, 7, 2 and 1 days before (at 10:00) and the morning of the hearing
 * (08:00), in the court's own time zone, never inside the witness's quiet hours. Offsets already past when a
 * hearing is planned are not all sent at once: only the latest, straight away.
 */
final class ReminderSchedule {

    /** A reminder to plan: its offset's code and when it is due. */
    record Planned(String offsetCode, Instant dueAt) {
    }

    /** Hours in which nobody is contacted, court-local, e.g. 21:00 to 08:00 (may wrap past midnight). */
    record QuietHours(LocalTime from, LocalTime to) {

        static QuietHours parse(String spec) {
            String[] parts = spec.split("-");
            return new QuietHours(LocalTime.of(Integer.parseInt(parts[0].trim()), 0),
                    LocalTime.of(Integer.parseInt(parts[1].trim()), 0));
        }

        boolean contains(LocalTime t) {
            return from.isAfter(to) ? !t.isBefore(from) || t.isBefore(to) : !t.isBefore(from) && t.isBefore(to);
        }

        /** The time itself, or the end of the quiet hours it falls in (the next morning when it wraps). */
        LocalDateTime outside(LocalDateTime t) {
            if (!contains(t.toLocalTime())) {
                return t;
            }
            LocalDateTime end = t.toLocalDate().atTime(to);
            return end.isBefore(t) ? end.plusDays(1) : end;
        }
    }

    private static final int[] DAYS_BEFORE = {14, 7, 2, 1};
    private static final LocalTime DAY_REMINDER = LocalTime.of(10, 0);
    private static final LocalTime MORNING_REMINDER = LocalTime.of(8, 0);

    private ReminderSchedule() {
    }

    /** Courts sit in their country's time; a country not listed is taken as UTC. */
    static ZoneId courtZone(String countryCode) {
        return org.liberta.platform.api.time.CountryZones.of(countryCode);
    }

    /** The reminders for a hearing at {@code hearingAt} (court-local), as of {@code now}. */
    static List<Planned> plan(LocalDateTime hearingAt, ZoneId zone, QuietHours quiet, Instant now) {
        Instant hearing = hearingAt.atZone(zone).toInstant();
        List<Planned> planned = new ArrayList<>();
        Planned latestPast = null;
        LocalDate day = hearingAt.toLocalDate();
        for (int days : DAYS_BEFORE) {
            latestPast = add(planned, latestPast, "D" + days, quiet.outside(day.minusDays(days).atTime(DAY_REMINDER)),
                    zone, hearing, now);
        }
        latestPast = add(planned, latestPast, "MORNING", quiet.outside(day.atTime(MORNING_REMINDER)), zone, hearing, now);
        if (latestPast != null && now.isBefore(hearing)) {
            planned.add(0, new Planned(latestPast.offsetCode(), now));
        }
        return planned;
    }

    private static Planned add(List<Planned> planned, Planned latestPast, String code, LocalDateTime local, ZoneId zone,
            Instant hearing, Instant now) {
        Instant due = local.atZone(zone).toInstant();
        if (!due.isBefore(hearing)) {
            return latestPast; // quiet hours pushed it past the hearing: there is nothing left to remind of
        }
        if (due.isBefore(now)) {
            return new Planned(code, due);
        }
        planned.add(new Planned(code, due));
        return latestPast;
    }
}
