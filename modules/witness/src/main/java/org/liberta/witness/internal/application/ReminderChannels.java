package org.liberta.witness.internal.application;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.mail.MessagingException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liberta.platform.api.mail.OutgoingMail;

/**
 * How reminders leave Liberta: e-mail through the configured SMTP server, SMS through the configured HTTP gateway
 * ({@code POST {"to","text"}}, any 2xx is accepted); with no server or gateway configured (development), a log
 * line that names the witness by id and never the address, number or text.
 */
@ApplicationScoped
public class ReminderChannels {

    private static final Logger LOG = Logger.getLogger(ReminderChannels.class.getName());

    @Inject
    private OutgoingMail mail;

    @Inject
    @ConfigProperty(name = "liberta.sms.gateway.url")
    private Optional<String> smsGateway;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Sends an e-mail; an unreachable or refusing server is an exception (the outbox retries). Without a configured
     * server (development) the reminder is logged by witness id instead, like SMS.
     */
    void email(long witnessId, String to, String subject, String text) throws MessagingException {
        if (!mail.configured()) {
            LOG.info(() -> "E-mail reminder to witness #" + witnessId + " (logging channel: no LIBERTA_SMTP_HOST)");
            return;
        }
        mail.send(to, subject, text);
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
