package org.liberta.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Liberta instances on one MySQL database, in one Hazelcast data grid, behind HAProxy, started the way an
 * operator starts them ({@code scripts/cluster 2}, from the WAR this build packaged). Asserts what a user
 * relies on when the charity runs more than one server: one version of a record has one winner whichever
 * instance each editor reaches; a write on one instance is read at once on the other; when an instance dies
 * (kill -9), nobody is signed out, a page rendered by the dead instance can still be posted back, and the
 * reminders it had claimed are sent by the other once the claim runs out, none twice; while the database hangs,
 * every request is answered at once (503, problem+json for the API, a "try again" page in the reader's language
 * for people) and service comes back by itself when the database does.
 *
 * Runs in the MySQL pass only: the embedded database belongs to one instance. scripts/drill-failover measures the
 * same things under load and prints the figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** Claims this short, so that the dead instance's reminder is taken over within the test's patience. */
    private static final int CLAIM_SECONDS = 10;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private static final String LAWYER = "cluster.lawyer";
    private static final String LAWYER_PASSWORD = "cluster-lawyer-passphrase-2026";

    private static Process cluster;
    private static Path clusterDir;
    private static SmtpInbox inbox;
    private static DatabaseLink database;
    private static Api front, one, two;
    private static List<Api> instances;
    private static int frontPort;

    @BeforeAll
    static void startClusterOfTwo() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.isMySql(),
                "a cluster shares one MySQL database; the embedded database belongs to one instance");
        TestDatabase.reset();
        // The instances reach the database through a relay the outage test can stall.
        String url = System.getenv("LIBERTA_DB_URL");
        Matcher hostPort = Pattern.compile("//([^/:]+)(?::(\\d+))?/").matcher(url);
        assertTrue(hostPort.find(), url);
        database = new DatabaseLink(hostPort.group(1), hostPort.group(2) == null ? 3306 : Integer.parseInt(hostPort.group(2)));
        int smtpPort = freePort();
        inbox = new SmtpInbox(smtpPort);
        frontPort = freeRun(3, 8470);
        clusterDir = Path.of(System.getProperty("java.io.tmpdir"), "cluster-it");
        deleteRecursively(clusterDir);
        Files.createDirectories(clusterDir);

        File repo = new File(System.getProperty("liberta.repo.root")).getCanonicalFile();
        ProcessBuilder start = new ProcessBuilder("bash", "scripts/cluster", "2").directory(repo)
                .redirectErrorStream(true).redirectOutput(clusterDir.resolve("cluster.log").toFile());
        Map<String, String> env = start.environment();
        env.put("LIBERTA_HTTP_PORT", String.valueOf(frontPort));
        env.put("LIBERTA_CLUSTER_DIR", clusterDir.toString());
        env.put("LIBERTA_CLUSTER_PORT", String.valueOf(freeRun(2, 6970)));
        env.put("LIBERTA_DB_URL", hostPort.replaceFirst("//127.0.0.1:" + database.port() + "/"));
        // No demo data: the two instances are up in half the time, and every reminder sent is the test's own.
        env.put("LIBERTA_DEMO", "false");
        env.put("LIBERTA_SMTP_HOST", "127.0.0.1");
        env.put("LIBERTA_SMTP_PORT", String.valueOf(smtpPort));
        env.remove("LIBERTA_SMS_GATEWAY_URL");
        env.put("LIBERTA_REMINDER_INTERVAL_SECONDS", "2");
        env.put("LIBERTA_REMINDER_CLAIM_SECONDS", String.valueOf(CLAIM_SECONDS));
        // Quiet hours of one hour, twelve hours away (UK courts keep UTC in winter, BST in summer: far either way).
        int quietFrom = (java.time.LocalTime.now(ZoneOffset.UTC).getHour() + 12) % 24;
        env.put("LIBERTA_REMINDER_QUIET_HOURS", quietFrom + "-" + (quietFrom + 1) % 24);
        cluster = start.start();

        front = new Api(new URL("http://127.0.0.1:" + frontPort + "/"));
        one = new Api(new URL("http://127.0.0.1:" + (frontPort + 1) + "/"));
        two = new Api(new URL("http://127.0.0.1:" + (frontPort + 2) + "/"));
        instances = List.of(one, two);
        long deadline = System.currentTimeMillis() + 400_000;
        for (Api instance : List.of(one, two)) {
            while (!answers(instance.base() + "/login.xhtml")) {
                if (!cluster.isAlive() || System.currentTimeMillis() > deadline) {
                    fail("the cluster did not start: " + tail(clusterDir.resolve("cluster.log")) + tailOfNodeLogs());
                }
                Thread.sleep(1000);
            }
        }
        Deployments.awaitReady(new URL(front.base() + "/"));
        String admin = front.token("admin", Deployments.ADMIN_PASSWORD);
        created(front.post("/api/v1/programmes", admin,
                "{\"code\":\"UK\",\"name\":\"United Kingdom\",\"country\":\"GB\",\"relationship\":\"DIRECT\"}"));
        created(front.post("/api/v1/users", admin, "{\"username\":\"" + LAWYER + "\",\"password\":\"" + LAWYER_PASSWORD
                + "\",\"roles\":[\"LAWYER\"],\"programmes\":[\"UK\"],\"enabled\":true}"));
        System.out.printf("ClusterIT: two instances up after %.1f s%n", (System.currentTimeMillis() - deadline + 400_000) / 1000.0);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            List<ProcessHandle> all = cluster.descendants().toList();
            cluster.destroy(); // scripts/cluster stops its instances and HAProxy on TERM
            cluster.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            all.forEach(ProcessHandle::destroyForcibly);
        }
        if (inbox != null) {
            inbox.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /**
     * Payara's connector refuses a NUL, a backslash or overlong UTF-8 in a path before Liberta runs, with an empty
     * 400, and answers a malformed escape with a trace and an empty 200; the load balancer in front answers each as
     * every other error is answered (problem+json naming the path for the API, a page for people, with the security
     * headers) and passes everything else on.
     */
    @Test
    @Order(0)
    void pathsTheConnectorCannotTakeAreRefusedInFrontOfTheInstances() throws Exception {
        String admin = front.token("admin", Deployments.ADMIN_PASSWORD);
        for (String path : List.of("/api/v1/advocacy/campaigns/%00/map/%00", "/api/v1/survivors/%zz",
                "/api/v1/survivors/1%5C..%5C2", "/api/v1/survivors/%C0%AE%C0%AE", "/api/v1/survivors/%")) {
            String refused = rawGet(frontPort, path, admin);
            assertTrue(refused.startsWith("HTTP/1.1 400"), path + ": " + refused);
            assertTrue(refused.contains("content-type: application/problem+json"), path + ": " + refused);
            assertTrue(refused.contains("\"field\":\"path\""), path + ": " + refused);
            assertTrue(refused.contains("x-content-type-options: nosniff"), path + ": " + refused);
        }
        String page = rawGet(frontPort, "/courts/%zz.xhtml", null);
        assertTrue(page.startsWith("HTTP/1.1 400") && page.contains("content-type: text/html"), page);
        assertTrue(page.contains("content-security-policy: "), "the security headers: " + page);
        assertEquals(400, one.get("/api/v1/advocacy/campaigns/%00/map/%00", admin).status(), "the instance itself");
        assertEquals(200, front.get("/api/v1/programmes?name=%2500", admin).status(), "an encoded percent is no NUL");
    }

    /**
     * A GET written on the socket as given: java.net.URI refuses a malformed escape, which is the point here. The
     * answer's status line, headers (lower case) and body.
     */
    private static String rawGet(int port, String path, String token) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(0, end).toLowerCase(java.util.Locale.ROOT)
                    .replaceFirst("^http/1.1", "HTTP/1.1") + answer.substring(end);
        }
    }

    @Test
    @Order(1)
    void oneVersionSavedOnBothInstancesAtOnceHasOneWinnerAndIsReadAtOnceOnTheOther() throws Exception {
        String admin = front.token("admin", Deployments.ADMIN_PASSWORD);
        String title = "Cluster race " + UUID.randomUUID();
        Api.Answer created = one.post("/api/v1/training/courses", admin, "{\"title\":\"" + title + "\"}");
        assertEquals(201, created.status(), created.body());
        long course = created.json().getJsonNumber("id").longValue();
        long version = created.json().getJsonNumber("version").longValue();
        HttpClient http = HttpClient.newHttpClient();
        for (int round = 1; round <= 5; round++) {
            // What the last round wrote on either instance is what the other reads now: no cache kept it stale.
            JsonObject seen = courseOn(two, admin, course);
            assertEquals(version, seen.getJsonNumber("version").longValue(), "round " + round + ": stale read");
            List<CompletableFuture<HttpResponse<String>>> saves = new ArrayList<>();
            for (int editor = 0; editor < 6; editor++) {
                Api target = editor % 2 == 0 ? one : two;
                String body = "{\"title\":\"" + title + "\",\"topic\":\"round " + round + " editor " + editor
                        + "\",\"version\":" + version + "}";
                saves.add(http.sendAsync(HttpRequest.newBuilder(URI.create(target.base() + "/api/v1/training/courses/" + course))
                        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            int winners = 0;
            for (CompletableFuture<HttpResponse<String>> save : saves) {
                HttpResponse<String> answer = save.get();
                if (answer.statusCode() == 200) {
                    winners++;
                    version = new Api.Answer(200, answer).json().getJsonNumber("version").longValue();
                } else {
                    assertEquals(409, answer.statusCode(), "round " + round + ": " + answer.body());
                    assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                }
            }
            assertEquals(1, winners, "round " + round + ": six saves of one version on two instances");
        }
    }

    @Test
    @Order(2)
    void whileTheDatabaseHangsEveryoneIsAnsweredAtOnceAndServiceComesBackWithoutARestart() throws Exception {
        String admin = front.token("admin", Deployments.ADMIN_PASSWORD);
        database.stall();
        long stalledAt = System.currentTimeMillis();
        try {
            // Only health checks meanwhile: a request already waiting on the database when it hung waits for it.
            for (Api instance : instances) {
                while (health(instance) != 503) {
                    assertTrue(System.currentTimeMillis() - stalledAt < 5000, instance.base() + ": /health still UP after 5 s");
                    Thread.sleep(200);
                }
            }
            for (Api instance : instances) {
                long asked = System.nanoTime();
                Api.Answer api = instance.get("/api/v1/training/courses", admin);
                long apiMs = (System.nanoTime() - asked) / 1_000_000;
                assertEquals(503, api.status(), api.body());
                assertTrue(api.header("Content-Type").startsWith("application/problem+json"), api.header("Content-Type"));
                assertEquals("503", api.json().get("status").toString());
                assertEquals("5", api.header("Retry-After"));
                assertTrue(apiMs < 2000, "the API answered in " + apiMs + " ms");

                HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(instance.base() + "/login.xhtml")).header("Accept-Language", "ro-RO,ro;q=0.9,en;q=0.5")
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(503, page.statusCode());
                assertTrue(page.body().contains("lang=\"ro\""), page.body());
                assertFalse(page.body().contains("Exception"), page.body());
            }
        } finally {
            database.resume();
        }
        long resumedAt = System.currentTimeMillis();
        for (Api instance : instances) {
            while (health(instance) != 200) {
                assertTrue(System.currentTimeMillis() - resumedAt < 10_000, instance.base() + ": /health not UP 10 s after");
                Thread.sleep(200);
            }
            Api.Answer write = instance.post("/api/v1/training/courses", admin, "{\"title\":\"After the outage " + UUID.randomUUID() + "\"}");
            assertEquals(201, write.status(), "a write after the database is back, without a restart: " + write.body());
        }
        System.out.printf("ClusterIT: database hung for %.1f s; both instances serving again %.1f s after it answered%n",
                (resumedAt - stalledAt) / 1000.0, (System.currentTimeMillis() - resumedAt) / 1000.0);
    }

    private static int health(Api instance) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(instance.base() + "/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Test
    @Order(3)
    void aKilledInstanceSignsNobodyOutLosesNoFormAndItsClaimedRemindersAreSentOnceByTheOther() throws Exception {
        // A lawyer signed in, with a page rendered by instance 1 (cookies are per host, so one jar serves all three ports).
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        signIn(browser, one.base(), LAWYER);
        HttpResponse<String> home = page(browser, one.base() + "/index.xhtml");
        assertEquals(200, home.statusCode());
        assertFalse(isSignInPage(home), "signed in");

        // Witnesses to remind: a case with two, and three hearings three days ahead (one reminder each, due now).
        String lawyer = two.token(LAWYER, LAWYER_PASSWORD);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long caseId = created(two.post("/api/v1/court-cases", lawyer, "{\"programme\":\"UK\",\"caseNumber\":\"CLUSTER-"
                + tag + "\",\"court\":\"Cluster Crown Court\",\"district\":\"London\",\"filedOn\":\"2024-01-10\","
                + "\"supportStart\":\"2024-01-10\",\"offences\":[\"MSA 2015 s.1\"]}"));
        List<String> ours = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            String email = "officer" + w + "." + tag + "@police.example.org";
            ours.add(email);
            created(two.post("/api/v1/court-cases/" + caseId + "/witnesses", lawyer,
                    "{\"role\":\"POLICE\",\"name\":\"Officer " + w + "\",\"email\":\"" + email + "\"}"));
        }
        // Every sender now waits at the mail server, as at a slow one: each instance claims a reminder and waits.
        inbox.hold();
        List<Long> hearings = new ArrayList<>();
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        for (int h = 0; h < 3; h++) {
            hearings.add(created(two.post("/api/v1/court-cases/" + caseId + "/hearings", lawyer,
                    "{\"scheduledAt\":\"" + day + "T1" + h + ":00:00\",\"purpose\":\"WITNESS_EXAMINATION\"}")));
        }
        // Both at once, well before the mail client's 10 s timeout: one instance's slow send holds up no other
        // (no transaction, and so no lock on the audit trail, stays open over a send).
        long holding = System.currentTimeMillis();
        awaitHeldSenders(2, 8_000);
        System.out.printf("ClusterIT: both instances waiting at the mail server %.1f s after the hearings were added%n",
                (System.currentTimeMillis() - holding) / 1000.0);

        ProcessHandle victim = javaOfInstance(1);
        assertTrue(victim.destroyForcibly(), "kill -9 of instance 1");
        victim.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        long killedAt = System.currentTimeMillis();
        inbox.release();

        // The page instance 1 rendered, posted back through the load balancer: restored from the data grid, the
        // switch to Romanian it carries applied, and the lawyer still signed in.
        HttpResponse<String> postback = post(browser, front.base() + "/index.xhtml", "shellForm=shellForm"
                + "&primefaces.nonce=" + enc(match(NONCE, home.body())) + "&" + enc(languageLink(home.body(), "ro")) + "="
                + enc(languageLink(home.body(), "ro")) + "&jakarta.faces.ViewState=" + enc(match(VIEW_STATE, home.body())));
        assertFalse(isSignInPage(postback), "signed out by the failover: " + postback.statusCode());
        assertTrue(postback.statusCode() == 200 || postback.statusCode() == 302,
                "postback of a view rendered by the dead instance: " + postback.statusCode() + " " + postback.body());
        for (int n = 0; n < 6; n++) {
            HttpResponse<String> again = page(browser, front.base() + "/index.xhtml");
            assertEquals(200, again.statusCode(), "page view " + n + " after the kill");
            assertFalse(isSignInPage(again), "signed out on page view " + n + " after the kill");
            assertTrue(again.body().contains("Deconectare"), "the language chosen on the dead instance's page is kept");
        }

        // The dead instance was held mid-send: it delivered nothing, and its reminder is sent by the other.
        long deadline = killedAt + (CLAIM_SECONDS + 60) * 1000L;
        Map<String, Integer> states = Map.of();
        while (System.currentTimeMillis() < deadline) {
            states = reminderStates(two, lawyer, hearings);
            if (states.getOrDefault("SENT", 0) == 6) {
                break;
            }
            Thread.sleep(1000);
        }
        System.out.printf("ClusterIT: every reminder due sent %.1f s after the kill; e-mails %d, abandoned by the dead instance %s%n",
                (System.currentTimeMillis() - killedAt) / 1000.0, inbox.received().size(), inbox.abandoned());
        assertEquals(Map.of("SENT", 6), states, "every reminder due for our three hearings sent (one per witness and hearing)");
        Thread.sleep(3000); // a second copy from a late run would have arrived by now
        assertFalse(inbox.abandoned().isEmpty(), "the killed instance was in the middle of sending");
        Map<String, Integer> copies = new HashMap<>();
        for (SmtpInbox.Mail mail : inbox.received()) {
            copies.merge(mail.recipients() + " " + text(mail), 1, Integer::sum);
        }
        copies.forEach((reminder, n) -> assertEquals(1, n, "sent more than once: " + reminder));
        for (String officer : ours) {
            assertEquals(3, inbox.received().stream().filter(m -> m.recipients().contains(officer)).count(),
                    "one e-mail per hearing to " + officer);
        }
        for (String recipient : inbox.abandoned()) {
            assertTrue(inbox.received().stream().anyMatch(m -> m.recipients().contains(recipient)),
                    "the dead instance's reminder to " + recipient + " was taken over");
        }
    }

    private static JsonObject courseOn(Api instance, String token, long id) {
        Api.Answer list = instance.get("/api/v1/training/courses", token);
        assertEquals(200, list.status(), list.body());
        return list.array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("course " + id + " not listed on the other instance"));
    }

    private static long created(Api.Answer answer) {
        assertEquals(201, answer.status(), answer.body());
        return answer.json().getJsonNumber("id").longValue();
    }

    /** How many of the hearings' reminders that are due by now are in each state. */
    private static Map<String, Integer> reminderStates(Api instance, String token, List<Long> hearings) {
        Map<String, Integer> states = new HashMap<>();
        for (long hearing : hearings) {
            Api.Answer answer = instance.get("/api/v1/witness-reminders?hearing=" + hearing, token);
            assertEquals(200, answer.status(), answer.body());
            for (JsonObject r : answer.array().getValuesAs(JsonObject.class)) {
                if (java.time.Instant.parse(r.getString("dueAt")).isBefore(java.time.Instant.now())) {
                    states.merge(r.getString("state"), 1, Integer::sum);
                }
            }
        }
        return states;
    }

    private static void awaitHeldSenders(int senders, long patienceMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + patienceMs;
        while (inbox.held() < senders) {
            if (System.currentTimeMillis() > deadline) {
                inbox.release();
                fail("both instances should be sending reminders at once; senders waiting: " + inbox.held());
            }
            Thread.sleep(100);
        }
    }

    /** The Payara Micro process of instance N: the java child of the scripts/run whose pid scripts/cluster wrote. */
    private static ProcessHandle javaOfInstance(int n) throws IOException {
        long run = Long.parseLong(Files.readString(clusterDir.resolve("node-" + n + ".pid")).strip());
        return ProcessHandle.of(run).orElseThrow().children()
                .filter(p -> p.info().command().orElse("").endsWith("java")).findFirst()
                .orElseThrow(() -> new AssertionError("no Payara Micro process under instance " + n));
    }

    private static void signIn(HttpClient browser, String base, String user) throws Exception {
        String login = page(browser, base + "/login.xhtml").body();
        HttpResponse<String> signIn = post(browser, base + "/login.xhtml", "login=login&login%3Ausername=" + enc(user)
                + "&login%3Apassword=" + enc(LAWYER_PASSWORD) + "&login%3AsignIn="
                + "&jakarta.faces.ViewState=" + enc(match(VIEW_STATE, login)));
        assertEquals(302, signIn.statusCode(), "sign-in of " + user);
        assertFalse(signIn.headers().firstValue("Location").orElse("").contains("login"), "sign-in of " + user);
    }

    /**
     * The request parameter the language link for {@code code} submits. Under PrimeFaces' content security policy
     * the link carries a generated id, and its click handler, registered in a script, names the command link.
     */
    private static String languageLink(String page, String code) {
        Matcher link = Pattern.compile("<a [^>]*id=\"([^\"]+)\"[^>]*data-lang=\"" + code + "\"").matcher(page);
        if (!link.find()) {
            throw new AssertionError("no language link for " + code);
        }
        Matcher handler = Pattern.compile("register\\('" + Pattern.quote(link.group(1).replace("-", "\\-"))
                + "','onclick',function\\(event\\)\\{mojarra\\.cljs\\([^{]*\\{'([^']+)'").matcher(page);
        if (!handler.find()) {
            throw new AssertionError("no click handler for the language link " + code);
        }
        return handler.group(1);
    }

    private static boolean isSignInPage(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("").contains("/login.xhtml")
                || answer.body().contains("id=\"login:username\"");
    }

    /** The message without its headers: the hearing's time, court and case, so one per reminder due now. */
    private static String text(SmtpInbox.Mail mail) {
        int body = mail.content().indexOf("\n\n");
        return body < 0 ? mail.content() : mail.content().substring(body + 2);
    }

    private static HttpResponse<String> page(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient browser, String url, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String match(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new AssertionError("not in the page: " + pattern);
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static boolean answers(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The first of {@code count} consecutive free ports from {@code from} on. */
    private static int freeRun(int count, int from) {
        for (int base = from; base < from + 500; base++) {
            if (IntStream.range(base, base + count).allMatch(ClusterIT::isFree)) {
                return base;
            }
        }
        throw new AssertionError("no " + count + " consecutive free ports from " + from);
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String tailOfNodeLogs() {
        return "\n--- node-1.log\n" + tail(clusterDir.resolve("node-1.log")) + "\n--- node-2.log\n" + tail(clusterDir.resolve("node-2.log"));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
