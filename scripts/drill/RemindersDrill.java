import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reminders drill behind scripts/drill-reminders: with several instances running the reminder schedule
 * against one database, hearings keep being added (each plans one reminder per witness that is due at once),
 * one instance is killed with kill -9 while it sends, and an SMTP server here counts every e-mail that arrives.
 * It prints reminders due, sent, e-mails received, doubled (the same reminder twice: must be 0) and never sent
 * (must be 0), and how long the killed instance's claimed reminders took to be taken over.
 *
 * Hearings are added through an instance that is not killed, so that no write is cut off and sent twice.
 *
 * The SMTP server takes its time over each recipient (SMTP_DELAY_MS), so every instance is always in the middle
 * of a send and the killed one leaves a claimed reminder behind, which another must take over once the claim
 * expires (CLAIM_SECONDS, as the cluster was started with).
 *
 *   java scripts/drill/RemindersDrill.java SMTP_PORT SURVIVOR_URL LAWYER_USER PASSWORD PID_TO_KILL HEARINGS WITNESSES
 *        SMTP_DELAY_MS CLAIM_SECONDS
 */
public class RemindersDrill {

    record Mail(String recipient, String subject, long atMs) {
    }

    static final List<Mail> MAILS = Collections.synchronizedList(new ArrayList<>());
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static long origin;
    static long smtpDelayMs;

    public static void main(String[] args) throws Exception {
        int smtpPort = Integer.parseInt(args[0]);
        String front = args[1].replaceAll("/$", "");
        String pid = args[4];
        int hearings = Integer.parseInt(args[5]);
        int witnesses = Integer.parseInt(args[6]);
        smtpDelayMs = Long.parseLong(args[7]);
        long claimSeconds = Long.parseLong(args[8]);
        origin = System.currentTimeMillis();
        Thread smtp = new Thread(() -> smtpServer(smtpPort), "smtp");
        smtp.setDaemon(true);
        smtp.start();

        String token = token(front, args[2], args[3]);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String caseBody = "{\"programme\":\"UK\",\"caseNumber\":\"DRILL-" + tag + "\",\"court\":\"Drill Crown Court\","
                + "\"district\":\"London\",\"filedOn\":\"2024-01-10\",\"supportStart\":\"2024-01-10\",\"offences\":[\"MSA 2015 s.1\"]}";
        String caseId = id(expect(201, call(front, token, "POST", "/api/v1/court-cases", caseBody)));
        List<String> emails = new ArrayList<>();
        for (int w = 0; w < witnesses; w++) {
            String email = "officer" + w + "." + tag + "@police.example.org";
            emails.add(email);
            expect(201, call(front, token, "POST", "/api/v1/court-cases/" + caseId + "/witnesses",
                    "{\"role\":\"POLICE\",\"name\":\"Officer " + w + "\",\"email\":\"" + email + "\"}"));
        }

        // Hearings three days ahead, a minute apart: each plans a reminder per witness that is due at once.
        List<String> hearingIds = new ArrayList<>();
        long killedAt = -1;
        LocalDate day = LocalDate.now().plusDays(3);
        for (int h = 0; h < hearings; h++) {
            String at = day + "T" + String.format("%02d:%02d:00", 9 + h / 60, h % 60);
            hearingIds.add(id(expect(201, call(front, token, "POST", "/api/v1/court-cases/" + caseId + "/hearings",
                    "{\"scheduledAt\":\"" + at + "\",\"purpose\":\"WITNESS_EXAMINATION\"}"))));
            if (h == hearings / 2) {
                new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor();
                killedAt = System.currentTimeMillis() - origin;
                System.out.printf("killed instance process %s with kill -9 at %.1f s, after %d of %d hearings%n",
                        pid, killedAt / 1000.0, h + 1, hearings);
            }
            Thread.sleep(150);
        }
        int due = hearings * witnesses;

        // Wait until every reminder is sent (or four minutes pass).
        long allSentAt = -1;
        Map<String, Integer> states = new HashMap<>();
        for (long waited = 0; waited < 240_000; waited += 2000) {
            states = reminderStates(front, token, hearingIds);
            if (states.getOrDefault("SENT", 0) >= due) {
                allSentAt = System.currentTimeMillis() - origin;
                break;
            }
            Thread.sleep(2000);
        }
        Thread.sleep(5000); // a doubled e-mail from a late run would arrive by now

        Map<String, Integer> perReminder = new HashMap<>();
        long lastMail = 0;
        synchronized (MAILS) {
            for (Mail m : MAILS) {
                if (emails.contains(m.recipient())) {
                    perReminder.merge(m.recipient() + " | " + m.subject(), 1, Integer::sum);
                    lastMail = Math.max(lastMail, m.atMs());
                }
            }
        }
        long doubled = perReminder.values().stream().filter(n -> n > 1).count();
        long killed = killedAt;
        long takenOver = MAILS.stream().filter(m -> emails.contains(m.recipient())
                && m.atMs() - killed >= claimSeconds * 1000).count();
        System.out.printf("Reminders due: %d; states now: %s%n", due, states);
        System.out.printf("E-mails received: %d for %d distinct reminders; doubled: %d; never sent: %d%n",
                perReminder.values().stream().mapToInt(Integer::intValue).sum(), perReminder.size(), doubled,
                due - perReminder.size());
        synchronized (MAILS) {
            for (var e : perReminder.entrySet()) {
                if (e.getValue() > 1) {
                    String key = e.getKey();
                    System.out.println("  doubled: " + key + " at " + MAILS.stream()
                            .filter(m -> (m.recipient() + " | " + m.subject()).equals(key))
                            .map(m -> String.format("%.1f s", (m.atMs() - killed) / 1000.0)).toList() + " after the kill");
                }
            }
        }
        System.out.printf("E-mails sent once the killed instance's claims had expired (%d s after the kill or later): %d%n",
                claimSeconds, takenOver);
        if (allSentAt > 0) {
            System.out.printf("All sent %.1f s after the kill (the last e-mail at %.1f s)%n",
                    (allSentAt - killedAt) / 1000.0, (lastMail - killedAt) / 1000.0);
        } else {
            System.out.println("NOT all reminders were sent within four minutes");
        }
        if (doubled > 0 || perReminder.size() < due) {
            System.exit(1);
        }
    }

    static Map<String, Integer> reminderStates(String front, String token, List<String> hearingIds) throws Exception {
        Map<String, Integer> states = new HashMap<>();
        Pattern state = Pattern.compile("\"state\":\"([A-Z_]+)\"");
        for (String h : hearingIds) {
            Matcher m = state.matcher(call(front, token, "GET", "/api/v1/witness-reminders?hearing=" + h, null).body());
            while (m.find()) {
                states.merge(m.group(1), 1, Integer::sum);
            }
        }
        return states;
    }

    /** Just enough SMTP to accept what Liberta's mail session sends, and remember recipient and subject. */
    static void smtpServer(int port) {
        try (ServerSocket server = new ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress())) {
            while (true) {
                Socket client = server.accept();
                Thread t = new Thread(() -> conversation(client));
                t.setDaemon(true);
                t.start();
            }
        } catch (Exception e) {
            System.err.println("SMTP server stopped: " + e);
        }
    }

    static void conversation(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = client.getOutputStream()) {
            reply(out, "220 drill SMTP");
            List<String> recipients = new ArrayList<>();
            for (String line; (line = in.readLine()) != null; ) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO" -> reply(out, "250 drill");
                    case "MAIL" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        Matcher m = Pattern.compile("<([^>]+)>").matcher(line);
                        if (m.find()) {
                            recipients.add(m.group(1));
                        }
                        // Before the message is sent: an instance killed now has delivered nothing.
                        Thread.sleep(smtpDelayMs);
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        String subject = "";
                        for (String body; (body = in.readLine()) != null && !body.equals("."); ) {
                            if (subject.isEmpty() && body.startsWith("Subject:")) {
                                subject = body.substring(8).strip();
                            }
                        }
                        long at = System.currentTimeMillis() - origin;
                        for (String r : recipients) {
                            MAILS.add(new Mail(r, subject, at));
                        }
                        reply(out, "250 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (Exception e) {
            // the client went away
        }
    }

    static void reply(OutputStream out, String line) throws java.io.IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    static String token(String front, String user, String password) throws Exception {
        String answer = expect(200, call(front, null, "POST", "/api/v1/auth/token",
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"));
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(answer);
        m.find();
        return m.group(1);
    }

    static HttpResponse<String> call(String front, String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(front + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String expect(int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().method() + " " + answer.request().uri() + ": "
                    + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    static String id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        m.find();
        return m.group(1);
    }
}
