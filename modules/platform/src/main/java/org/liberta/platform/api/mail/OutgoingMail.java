package org.liberta.platform.api.mail;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way mail leaves Liberta: plain UTF-8 text through the SMTP server of {@code LIBERTA_SMTP_HOST}. Witness
 * reminders and sign-in alerts both go through it. Without a configured server (development) nothing is sent and
 * the caller decides what to log, which must never be the address or the text.
 */
@ApplicationScoped
public class OutgoingMail {

    @Inject
    @ConfigProperty(name = "liberta.smtp.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "liberta.smtp.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "liberta.smtp.from", defaultValue = "liberta@localhost")
    private String from;

    @Inject
    @ConfigProperty(name = "liberta.smtp.starttls.required", defaultValue = "false")
    private boolean startTlsRequired;

    /** Whether a mail server is configured; without one, {@link #send} must not be called. */
    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Sends one mail; an unreachable or refusing server is an exception, for the caller to retry or report. */
    public void send(String to, String subject, String text) throws MessagingException {
        if (!configured()) {
            throw new MessagingException("No mail server is configured (LIBERTA_SMTP_HOST)");
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        // Encrypted whenever the server offers it (ASVS 5.0 §12.3.1); LIBERTA_SMTP_STARTTLS_REQUIRED=true refuses a
        // server that does not, for a mail server reached over a network the charity does not own.
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", Boolean.toString(startTlsRequired));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
