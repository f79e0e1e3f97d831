package org.liberta.platform.internal.application;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.mail.OutgoingMail;
import org.liberta.platform.internal.domain.AuditRepository;
import org.liberta.platform.internal.domain.PlatformRepository;
import org.liberta.platform.internal.domain.UserAccount;

/**
 * Tells people of sign-in attacks (ASVS 5.0 §6.3.5): the owner of an account that fails five times in a row, and
 * the administrators of a password spray, where failures are spread over many accounts so that none locks. Used
 * inside {@link AuthenticationService}'s transaction; mails leave after it commits, on another thread, so a slow
 * mail server never holds a sign-in. Each mail is written in English, Bengali and Romanian, one after the other:
 * Liberta does not know which of them the reader prefers.
 */
@ApplicationScoped
class SignInAlerts {

    /** Failures in so many different accounts within {@link #SPRAY_WINDOW} are a spray. */
    static final int SPRAY_ACCOUNTS = 10;
    static final Duration SPRAY_WINDOW = Duration.ofMinutes(15);

    private static final Logger LOG = Logger.getLogger(SignInAlerts.class.getName());
    private static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.forLanguageTag("bn"),
            Locale.forLanguageTag("ro"));
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Inject
    private AuditRepository auditTrail;

    @Inject
    private DefaultAuditLog audit;

    @Inject
    private PlatformRepository repository;

    @Inject
    private OutgoingMail mail;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

    /**
     * Whether failed sign-ins are spread over so many accounts that this is a spray; the first failure that finds
     * one records it and alerts the administrators, once per window.
     */
    boolean sprayUnderway(String address, Instant now) {
        long accounts = auditTrail.accountsWith(AuditActions.LOGIN_FAILED, now.minus(SPRAY_WINDOW));
        if (accounts < SPRAY_ACCOUNTS) {
            return false;
        }
        auditTrail.lockAuditHead(); // one alert, however many failures find the spray at once
        if (!auditTrail.recordedSince(AuditActions.PASSWORD_SPRAY, now.minus(SPRAY_WINDOW))) {
            audit.recordFor("anonymous", address, AuditActions.PASSWORD_SPRAY, null, null,
                    "failed sign-ins to " + accounts + " accounts in " + SPRAY_WINDOW.toMinutes() + " minutes");
            List<String> to = repository.administratorsToAlert().stream().map(UserAccount::getEmail).toList();
            afterCommit(to, "alert.spray", accounts, SPRAY_WINDOW.toMinutes(), address, WHEN.format(now));
        }
        return true;
    }

    /** An account has just locked: its owner is told, and the administrators unless a spray alert covers it. */
    void accountLocked(UserAccount user, String address, Instant now, boolean duringSpray) {
        Set<String> to = new LinkedHashSet<>();
        if (user.getEmail() != null) {
            to.add(user.getEmail());
        }
        if (!duringSpray) {
            repository.administratorsToAlert().forEach(a -> to.add(a.getEmail()));
        }
        afterCommit(new ArrayList<>(to), "alert.locked", user.getUsername(), address, WHEN.format(now));
    }

    private void afterCommit(List<String> recipients, String topic, Object... arguments) {
        if (recipients.isEmpty()) {
            return;
        }
        String subject = inEachLanguage(topic + ".subject", " / ");
        String text = inEachLanguage(topic + ".body", "\n\n");
        String body = MessageFormat.format(text.replace("'", "''"), arguments);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before: the mail only leaves once the audit entry it reports is stored.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(() -> send(recipients, subject, body, topic));
                }
            }
        });
    }

    private void send(List<String> recipients, String subject, String body, String topic) {
        if (!mail.configured()) {
            LOG.info(() -> "Sign-in alert " + topic + " not mailed: no LIBERTA_SMTP_HOST");
            return;
        }
        for (String to : recipients) {
            try {
                mail.send(to, subject, body);
            } catch (MessagingException e) {
                // Never the address: the log says that an alert did not leave, the audit says what happened.
                LOG.warning(() -> "Sign-in alert " + topic + " not mailed: " + e.getClass().getSimpleName());
            }
        }
    }

    private static String inEachLanguage(String key, String separator) {
        List<String> texts = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            texts.add(ResourceBundle.getBundle("org.liberta.platform.web.messages", language, EXACT).getString(key));
        }
        return String.join(separator, texts);
    }
}
