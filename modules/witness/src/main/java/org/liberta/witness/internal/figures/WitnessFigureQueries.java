package org.liberta.witness.internal.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.liberta.platform.api.indicators.Tally;
import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.Reminder;

/**
 * The statements behind the witness programme's figures: witnesses whose attendance was recorded (and who came) for
 * a period with the records behind them, and the aggregates of the witness figures page (by role, court and month,
 * confirmations, reminders by state, when the programme began at each court). The read side of the witness
 * programme, apart from the repository of its records ({@code WitnessRepository}).
 */
public interface WitnessFigureQueries {

    /**
     * Witnesses whose attendance was recorded at hearings of the programmes in the period (the hearing sat);
     * {@code attendedOnly}: only those who came.
     */
    Map<Long, Long> countRecordedAttendances(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            boolean attendedOnly, Tally tally);

    /** The attendances {@link #countRecordedAttendances} counts, a page at a time, by hearing time. */
    List<Attendance> recordedAttendances(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            boolean attendedOnly, int first, int max);

    /** One row of the programme's figures: a group's key, attendances at hearings that sat, and those who came. */
    record AttendanceCount(String key, long required, long attended) {
    }

    /** By witness role, court, or month ("yyyy-MM"): attendances recorded at hearings in [from, to). */
    List<AttendanceCount> attendanceBy(String grouping, Collection<Long> programmeIds, LocalDateTime from, LocalDateTime to);

    /** Attendances at hearings in [from, to) that sat, and of those how many had confirmed beforehand. */
    long[] confirmations(Collection<Long> programmeIds, LocalDateTime from, LocalDateTime to);

    /** Reminders due in [from, to) by state. */
    Map<Reminder.State, Long> remindersByState(Collection<Long> programmeIds, Instant from,
            Instant to);

    /** When the programme first planned a witness for a hearing at each court: the day it began there. */
    Map<String, LocalDateTime> programmeStartByCourt(Collection<Long> programmeIds);
}
