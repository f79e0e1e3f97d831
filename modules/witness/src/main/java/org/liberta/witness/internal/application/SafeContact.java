package org.liberta.witness.internal.application;

import java.time.LocalDateTime;
import java.time.LocalTime;

import org.liberta.witness.internal.domain.ContactRule;
import org.liberta.witness.internal.domain.Reminder;

/**
 * What a witness's safe-contact rule makes of a reminder that is due: send it (by the channel they asked for),
 * wait for their safe hours, or drop it because they asked not to be messaged or no safe hour is left before the
 * hearing. No database in sight; times are court-local.
 */
final class SafeContact {

    enum Action { SEND, POSTPONE, DROP }

    /** {@code channel} to send by; {@code until} for a postponement; {@code why} for a drop. */
    record Decision(Action action, Reminder.Channel channel, LocalDateTime until, String why) {
    }

    private SafeContact() {
    }

    static Decision decide(ContactRule rule, Reminder.Channel planned, boolean hasPhone, boolean hasEmail,
            LocalDateTime now, LocalDateTime hearingAt) {
        if (rule == null) {
            return new Decision(Action.SEND, planned, null, null);
        }
        if (rule.getPreferredChannel() == ContactRule.Channel.CALL) {
            return new Decision(Action.DROP, planned, null, "the witness asked not to be messaged; staff call instead");
        }
        Reminder.Channel channel = planned;
        if (rule.getPreferredChannel() == ContactRule.Channel.SMS && hasPhone) {
            channel = Reminder.Channel.SMS;
        } else if (rule.getPreferredChannel() == ContactRule.Channel.EMAIL && hasEmail) {
            channel = Reminder.Channel.EMAIL;
        }
        if (!rule.hasSafeHours()) {
            return new Decision(Action.SEND, channel, null, null);
        }
        // The safe hours' complement is a quiet period like the programme's own, so the same arithmetic applies.
        ReminderSchedule.QuietHours unsafe = new ReminderSchedule.QuietHours(LocalTime.of(rule.getSafeToHour(), 0),
                LocalTime.of(rule.getSafeFromHour(), 0));
        LocalDateTime safe = unsafe.outside(now);
        if (safe.equals(now)) {
            return new Decision(Action.SEND, channel, null, null);
        }
        if (!safe.isBefore(hearingAt)) {
            return new Decision(Action.DROP, channel, null, "no safe hour is left before the hearing");
        }
        return new Decision(Action.POSTPONE, channel, safe, null);
    }
}
