package org.liberta.witness.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.liberta.witness.internal.application.SafeContact.Action;
import org.liberta.witness.internal.application.SafeContact.Decision;
import org.liberta.witness.internal.domain.ContactRule;
import org.liberta.witness.internal.domain.Reminder.Channel;

class SafeContactTest {

    private static final LocalDateTime HEARING = LocalDateTime.of(2026, 12, 10, 10, 30);

    private static ContactRule rule(ContactRule.Channel channel, Integer from, Integer to) {
        ContactRule rule = new ContactRule(1, 2);
        rule.change(channel, from, to, null, "lawyer.bd");
        return rule;
    }

    @Test
    void withoutARuleTheReminderGoesAsPlanned() {
        Decision d = SafeContact.decide(null, Channel.EMAIL, true, true, HEARING.minusDays(2), HEARING);
        assertEquals(new Decision(Action.SEND, Channel.EMAIL, null, null), d);
    }

    @Test
    void aWitnessWhoAskedForNoMessagesGetsNoneAndTheStaffCallStands() {
        Decision d = SafeContact.decide(rule(ContactRule.Channel.CALL, null, null), Channel.SMS, true, false,
                HEARING.minusDays(2), HEARING);
        assertEquals(Action.DROP, d.action());
    }

    @Test
    void thePreferredChannelIsUsedWhenTheWitnessHasIt() {
        assertEquals(Channel.SMS, SafeContact.decide(rule(ContactRule.Channel.SMS, null, null), Channel.EMAIL, true, true,
                HEARING.minusDays(2), HEARING).channel());
        assertEquals(Channel.EMAIL, SafeContact.decide(rule(ContactRule.Channel.SMS, null, null), Channel.EMAIL, false,
                true, HEARING.minusDays(2), HEARING).channel(), "no phone on record: the planned channel stands");
    }

    @Test
    void outsideTheSafeHoursTheReminderWaitsForTheNextSafeHour() {
        ContactRule daytime = rule(null, 10, 16);
        LocalDateTime evening = LocalDateTime.of(2026, 12, 7, 19, 0);
        assertEquals(new Decision(Action.POSTPONE, Channel.SMS, LocalDateTime.of(2026, 12, 8, 10, 0), null),
                SafeContact.decide(daytime, Channel.SMS, true, false, evening, HEARING));
        LocalDateTime early = LocalDateTime.of(2026, 12, 7, 8, 0);
        assertEquals(LocalDateTime.of(2026, 12, 7, 10, 0),
                SafeContact.decide(daytime, Channel.SMS, true, false, early, HEARING).until());
        assertEquals(Action.SEND, SafeContact.decide(daytime, Channel.SMS, true, false,
                LocalDateTime.of(2026, 12, 7, 10, 0), HEARING).action(), "the first safe hour counts");
        assertEquals(Action.POSTPONE, SafeContact.decide(daytime, Channel.SMS, true, false,
                LocalDateTime.of(2026, 12, 7, 16, 0), HEARING).action(), "the last hour is not");
    }

    @Test
    void safeHoursMayRunPastMidnight() {
        ContactRule nightShift = rule(null, 22, 2);
        assertEquals(Action.SEND, SafeContact.decide(nightShift, Channel.SMS, true, false,
                LocalDateTime.of(2026, 12, 7, 23, 30), HEARING).action());
        assertEquals(LocalDateTime.of(2026, 12, 7, 22, 0), SafeContact.decide(nightShift, Channel.SMS, true, false,
                LocalDateTime.of(2026, 12, 7, 12, 0), HEARING).until());
    }

    @Test
    void noSafeHourLeftBeforeTheHearingDropsTheReminder() {
        Decision d = SafeContact.decide(rule(null, 12, 16), Channel.SMS, true, false, HEARING.minusHours(3), HEARING);
        assertEquals(Action.DROP, d.action(), "07:30 on the day; the next safe hour is after the hearing");
    }
}
