package org.liberta.witness.internal.application;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liberta.courts.api.CaseWitness;
import org.liberta.courts.api.CourtRecords;
import org.liberta.courts.api.HearingId;
import org.liberta.courts.api.HearingInfo;
import org.liberta.courts.api.WitnessId;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.vault.IdentityVault;
import org.liberta.platform.api.vault.SubjectRef;
import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.ContactRule;
import org.liberta.witness.internal.domain.Reminder;
import org.liberta.witness.internal.domain.ReminderRepository;
import org.liberta.witness.internal.domain.WitnessRepository;
import org.liberta.witness.internal.domain.WitnessSafetyRepository;
import org.liberta.witness.internal.domain.WitnessTask;

/**
 * One reminder at a time, each step in its own transaction: {@link #claim} takes it for this instance (so a
 * second instance, or this one after a restart, never sends it again while the claim lives), {@link #prepare}
 * checks it is still worth sending and reads the witness's contact (an audited reveal), and after the
 * {@link ReminderDispatcher} has sent it, outside any transaction, {@link #record} stores what became of it.
 *
 * No transaction stays open over a send: a slow mail server would otherwise hold the audit trail's lock (the
 * reveal is audited) for the length of its timeout, and every audited action on every instance would wait.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReminderOutbox {

    /**
     * How long a claim holds: far longer than a send takes, short enough that a crashed instance's work resumes.
     * ({@code LIBERTA_REMINDER_CLAIM_SECONDS}; scripts/drill-reminders shortens it so as not to wait five minutes.)
     */
    @Inject
    @ConfigProperty(name = "liberta.reminder.claim.seconds", defaultValue = "300")
    private long claimSeconds;

    /** What became of a reminder. */
    public enum Result { SENT, RETRY, FAILED, DROPPED, POSTPONED, NOT_MINE }

    /** A reminder ready to go out: to whom, by which channel, in the witness's language. Never stored. */
    public record Delivery(long witnessId, Reminder.Channel channel, String address, String subject, String text) {
    }

    /** What {@link #prepare} decided: a {@link Delivery} to send, or else the result already settled. */
    public record Prepared(Delivery delivery, Result settled) {

        static Prepared settled(Result result) {
            return new Prepared(null, result);
        }
    }

    @Inject
    private WitnessRepository repository;

    @Inject
    private WitnessSafetyRepository safety;

    @Inject
    private ReminderRepository reminders;

    @Inject
    private CourtRecords courts;

    @Inject
    private Programmes programmes;

    @Inject
    private IdentityVault vault;

    @Inject
    private AuditLog audit;

    public boolean claim(long id, String instance, Instant now) {
        return reminders.claimReminder(id, instance, now.plusSeconds(claimSeconds), now);
    }

    public Prepared prepare(long id, String instance, Instant now) {
        Reminder r = reminders.reminder(id).orElse(null);
        // A claim that ran out may already be someone else's: sending on it could send the reminder twice.
        if (r == null || r.getState() != Reminder.State.PENDING || !r.isClaimedBy(instance, now)) {
            return Prepared.settled(Result.NOT_MINE);
        }
        HearingInfo hearing = courts.hearing(HearingId.of(r.getHearingId())).orElse(null);
        ProgrammeSummary programme = programmes.byId(r.getProgrammeId()).orElseThrow();
        ZoneId zone = ReminderSchedule.courtZone(programme.country());
        String stale = hearing == null ? "the hearing no longer exists"
                : hearing.outcome() != null ? "the hearing has taken place"
                : !hearing.scheduledAt().toLocalDateTime().equals(r.getHearingAt()) ? "the hearing has moved"
                : !hearing.scheduledAt().toLocalDateTime().atZone(zone).toInstant().isAfter(now) ? "the hearing has passed" : null;
        if (stale != null) {
            r.drop(stale);
            return Prepared.settled(Result.DROPPED);
        }
        ContactRule rule = safety.contactRule(r.getWitnessId()).orElse(null);
        if (rule != null) {
            CaseWitness w = courts.witness(WitnessId.of(r.getWitnessId())).orElse(null);
            SafeContact.Decision decision = SafeContact.decide(rule, r.getChannel(), w != null && w.reachableByPhone(),
                    w != null && w.reachableByEmail(), LocalDateTime.ofInstant(now, zone), hearing.scheduledAt().toLocalDateTime());
            switch (decision.action()) {
                case DROP -> {
                    r.drop(decision.why());
                    return Prepared.settled(Result.DROPPED);
                }
                case POSTPONE -> {
                    r.postpone(decision.until().atZone(zone).toInstant());
                    return Prepared.settled(Result.POSTPONED);
                }
                case SEND -> r.sendBy(decision.channel());
                default -> throw new IllegalStateException();
            }
        }
        Map<String, String> contact = vault.reveal(new SubjectRef("witness", r.getWitnessId(), r.getProgrammeId()),
                "witness reminder " + r.getOffsetCode() + " for hearing " + r.getHearingId());
        String[] message = message(hearing, languageOf(programme.country()));
        String address = contact.get(r.getChannel() == Reminder.Channel.EMAIL ? "email" : "phone");
        return new Prepared(new Delivery(r.getWitnessId(), r.getChannel(), address, message[0], message[1]), null);
    }

    /**
     * What became of a prepared reminder once the send was tried: {@code error} is null when it went out. A sent
     * reminder is recorded as sent even if its claim ran out meanwhile, so that no one sends it a third time.
     */
    public Result record(long id, String error, Instant now) {
        Reminder r = reminders.reminder(id).orElse(null);
        if (r == null || r.getState() != Reminder.State.PENDING) {
            return Result.NOT_MINE;
        }
        if (error == null) {
            r.sent(now);
            audit.record(AuditActions.CREATE, "witness-reminder", id, r.getChannel() + " " + r.getOffsetCode() + " sent");
            return Result.SENT;
        }
        if (r.failed(error, now)) {
            // Given up: a person calls instead, today.
            ZoneId zone = ReminderSchedule.courtZone(programmes.byId(r.getProgrammeId()).orElseThrow().country());
            Attendance a = repository.attendance(r.getAttendanceId()).orElseThrow();
            repository.save(new WitnessTask(a, WitnessTask.Kind.CALL, java.time.LocalDate.now(zone)));
            return Result.FAILED;
        }
        return Result.RETRY;
    }

    /** Bangladesh's witnesses read Bengali, Romania's Romanian, everyone else English. */
    private static Locale languageOf(String country) {
        return switch (country == null ? "" : country) {
            case "BD" -> Locale.forLanguageTag("bn");
            case "RO" -> Locale.forLanguageTag("ro");
            default -> Locale.ENGLISH;
        };
    }

    /** Subject and text in the witness's language; the case number, court and time, nothing about the crime. */
    static String[] message(HearingInfo hearing, Locale language) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.liberta.witness.web.messages", language);
        String when = hearing.scheduledAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String subject = java.text.MessageFormat.format(bundle.getString("reminder.subject"), when);
        String text = java.text.MessageFormat.format(bundle.getString("reminder.text"), when, hearing.court(),
                hearing.caseNumber());
        return new String[] {subject, text};
    }

    public List<Reminder> ofHearing(long hearingId) {
        return reminders.remindersOfHearing(hearingId);
    }
}
