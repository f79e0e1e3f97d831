package org.liberta.witness.internal.application;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How reminders leave Liberta: e-mail through the configured SMTP server, SMS through the configured HTTP gateway
 * ({@code POST {"to","text"}}, any 2xx is accepted); with no server or gateway configured (development), a log
 * line that names the witness by id and never the address, number or text.
 */
@ApplicationScoped
public class ReminderChannels {

    private static final Logger LOG = Logger.getLogger(ReminderChannels.class.getName());

    @Inject
    @ConfigProperty(name = "liberta.smtp.host")
    private Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "liberta.smtp.port", defaultValue = "25")
    private int smtpPort;

    @Inject
    @ConfigProperty(name = "liberta.smtp.from", defaultValue = "liberta@localhost")
    private String from;

    @Inject
    @ConfigProperty(name = "liberta.sms.gateway.url")
    private Optional<String> smsGateway;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Sends an e-mail; an unreachable or refusing server is an exception (the outbox retries). Without a configured
     * server (development) the reminder is logged by witness id instead, like SMS.
     */
    void email(long witnessId, String to, String subject, String text) throws MessagingException {
        if (smtpHost.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info(() -> "E-mail reminder to witness #" + witnessId + " (logging channel: no LIBERTA_SMTP_HOST)");
            return;
        }
        String host = smtpHost.get();
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(smtpPort));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }

    void sms(long witnessId, String to, String text) throws java.io.IOException, InterruptedException {
        if (smsGateway.filter(u -> !u.isBlank()).isEmpty()) {
            LOG.info(() -> "SMS reminder to witness #" + witnessId + " (logging channel: no LIBERTA_SMS_GATEWAY_URL)");
            return;
        }
        String body = Json.createObjectBuilder().add("to", to).add("text", text).build().toString();
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(smsGateway.get()))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() / 100 != 2) {
            throw new java.io.IOException("the SMS gateway answered " + answer.statusCode());
        }
    }
}
