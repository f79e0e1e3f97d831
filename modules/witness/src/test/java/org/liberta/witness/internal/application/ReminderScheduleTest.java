package org.liberta.witness.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liberta.witness.internal.application.ReminderSchedule.Planned;
import org.liberta.witness.internal.application.ReminderSchedule.QuietHours;

class ReminderScheduleTest {

    private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final QuietHours NIGHT = QuietHours.parse("21-8");

    @Test
    void fiveRemindersAtTheCourtsOwnTimesWhenPlannedWellAhead() {
        LocalDateTime hearing = LocalDateTime.of(2026, 12, 20, 10, 30);
        List<Planned> planned = ReminderSchedule.plan(hearing, DHAKA, NIGHT, Instant.parse("2026-11-01T00:00:00Z"));
        assertEquals(List.of("D14", "D7", "D2", "D1", "MORNING"), planned.stream().map(Planned::offsetCode).toList());
        // 10:00 in Dhaka (UTC+6) is 04:00 UTC; the morning reminder is 08:00 Dhaka, 02:00 UTC.
        assertEquals(Instant.parse("2026-12-06T04:00:00Z"), planned.get(0).dueAt());
        assertEquals(Instant.parse("2026-12-20T02:00:00Z"), planned.get(4).dueAt());
    }

    @Test
    void londonReminderTimesFollowBritishSummerTime() {
        LocalDateTime hearing = LocalDateTime.of(2026, 7, 15, 10, 0);
        List<Planned> planned = ReminderSchedule.plan(hearing, LONDON, NIGHT, Instant.parse("2026-06-01T00:00:00Z"));
        assertEquals(Instant.parse("2026-07-14T09:00:00Z"), planned.get(3).dueAt(), "10:00 BST is 09:00 UTC");
        List<Planned> winter = ReminderSchedule.plan(LocalDateTime.of(2026, 12, 15, 10, 0), LONDON, NIGHT,
                Instant.parse("2026-11-01T00:00:00Z"));
        assertEquals(Instant.parse("2026-12-14T10:00:00Z"), winter.get(3).dueAt(), "10:00 GMT is 10:00 UTC");
    }

    @Test
    void remindersAlreadyPastCollapseIntoOneSentNow() {
        LocalDateTime hearing = LocalDateTime.of(2026, 12, 20, 10, 30);
        Instant now = Instant.parse("2026-12-16T00:00:00Z"); // after D7, before D2
        List<Planned> planned = ReminderSchedule.plan(hearing, DHAKA, NIGHT, now);
        assertEquals(List.of(new Planned("D7", now)), planned.subList(0, 1), "the latest past one, at once");
        assertEquals(List.of("D7", "D2", "D1", "MORNING"), planned.stream().map(Planned::offsetCode).toList());
        assertEquals(List.of(), ReminderSchedule.plan(hearing, DHAKA, NIGHT, Instant.parse("2026-12-21T00:00:00Z")),
                "nothing for a hearing that has passed");
    }

    @Test
    void quietHoursPushAReminderToTheirEndAndMayWrapPastMidnight() {
        QuietHours lateMornings = QuietHours.parse("22-11");
        assertTrue(lateMornings.contains(LocalTime.of(10, 0)));
        assertTrue(lateMornings.contains(LocalTime.of(23, 0)));
        assertFalse(lateMornings.contains(LocalTime.of(11, 0)));
        List<Planned> planned = ReminderSchedule.plan(LocalDateTime.of(2026, 12, 20, 14, 0), DHAKA, lateMornings,
                Instant.parse("2026-11-01T00:00:00Z"));
        // 10:00 and 08:00 fall in 22:00-11:00, so both move to 11:00 Dhaka (05:00 UTC).
        assertEquals(Instant.parse("2026-12-19T05:00:00Z"), planned.get(3).dueAt());
        assertEquals(Instant.parse("2026-12-20T05:00:00Z"), planned.get(4).dueAt());
        QuietHours afternoons = QuietHours.parse("9-18");
        assertEquals(LocalDateTime.of(2026, 1, 1, 18, 0), afternoons.outside(LocalDateTime.of(2026, 1, 1, 10, 0)));
    }
}
