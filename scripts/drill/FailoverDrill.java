import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failover drill behind scripts/drill-failover: signed-in web users keep opening pages and posting back a
 * form, an API client keeps writing, another keeps reading the headline report and a third keeps importing court
 * cases from CSV, all through the load balancer, while one instance is killed with kill -9. It prints what users lost: failed requests, users sent back to the sign-in page, JSF views that could
 * not be restored, and acknowledged writes missing afterwards. The load goes on while scripts/cluster starts the
 * killed instance again and it rejoins, and stops a few seconds after it serves.
 *
 * Before that, straight to the two instances: a record written on one is read at once on the other, and the
 * same record saved at the same moment on both with the same version has exactly one winner.
 *
 *   java scripts/drill/FailoverDrill.java FRONT_URL ADMIN_TOKEN WEB_USER WEB_PASSWORD PID_TO_KILL INSTANCE_1_URL INSTANCE_2_URL
 */
public class FailoverDrill {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' content security policy: a postback carries the page's nonce, as its script adds it. */
    static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    static final int WEB_USERS = 4;
    static final long KILL_AT_MS = 10_000;
    /** The load runs until a few seconds after the killed instance serves again (scripts/cluster restarts it). */
    static volatile long endMs = Long.MAX_VALUE;

    static final AtomicInteger webRequests = new AtomicInteger(), webFailures = new AtomicInteger(),
            signedOut = new AtomicInteger(), viewsLost = new AtomicInteger(), writeFailures = new AtomicInteger(),
            reports = new AtomicInteger(), reportFailures = new AtomicInteger(), importFailures = new AtomicInteger();
    /** Case numbers of imported court cases the server said it created. */
    static final Set<String> imported = Collections.synchronizedSet(new HashSet<>());
    static final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    /** The longest a signed-in user waited for one page view or postback, failed or not. */
    static final java.util.concurrent.atomic.AtomicLong longestWaitMs = new java.util.concurrent.atomic.AtomicLong();
    static final Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
    static long origin;

    public static void main(String[] args) throws Exception {
        String front = args[0].replaceAll("/$", "");
        String token = args[1];
        String pid = args[4];
        String prefix = "Failover drill " + UUID.randomUUID().toString().substring(0, 8) + " ";

        acrossInstances(args[5].replaceAll("/$", ""), args[6].replaceAll("/$", ""), token, prefix);

        ExecutorService pool = Executors.newFixedThreadPool(WEB_USERS + 3);
        origin = System.currentTimeMillis();
        for (int u = 0; u < WEB_USERS; u++) {
            pool.submit(() -> webUser(front, args[2], args[3]));
        }
        pool.submit(() -> apiWriter(front, token, prefix));
        pool.submit(() -> reportReader(front, token));
        pool.submit(() -> caseImporter(front, token, prefix));
        Thread.sleep(KILL_AT_MS);
        Process kill = new ProcessBuilder("kill", "-9", pid).inheritIO().start();
        long killedAt = System.currentTimeMillis() - origin;
        System.out.printf("killed instance process %s with kill -9 at %.1f s (exit %d)%n", pid, killedAt / 1000.0, kill.waitFor());
        String victim = args[5].replaceAll("/$", "");
        long back = -1;
        for (long waited = 0; waited < 240_000; waited += 500) {
            Thread.sleep(500);
            try {
                if (HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(victim + "/login.xhtml"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    back = System.currentTimeMillis() - origin;
                    break;
                }
            } catch (Exception stillDown) {
                // not yet
            }
        }
        System.out.println(back < 0 ? "the killed instance did not come back within 4 minutes"
                : String.format("the killed instance was restarted and served again %.1f s after the kill", (back - killedAt) / 1000.0));
        // Two more health checks put it back behind the load balancer; then some load on both again.
        Thread.sleep(8_000);
        endMs = System.currentTimeMillis() - origin;
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);

        System.out.printf("Web page views and postbacks: %d, failed: %d; users sent back to sign in: %d of %d; views not restored: %d%n",
                webRequests.get(), webFailures.get(), signedOut.get(), WEB_USERS, viewsLost.get());
        System.out.printf("Longest a signed-in user waited for a page: %d ms%n", longestWaitMs.get());
        System.out.printf("API writes acknowledged: %d, failed: %d%n", acknowledged.size(), writeFailures.get());
        System.out.printf("Headline reports read: %d, failed: %d; court-case imports acknowledged: %d, failed: %d%n",
                reports.get(), reportFailures.get(), imported.size(), importFailures.get());
        failures.forEach(f -> System.out.println("  " + f));
        int lost = verifyWrites(front, token, prefix);
        System.out.printf("Acknowledged writes present afterwards: %d of %d (lost: %d)%n",
                acknowledged.size() - lost, acknowledged.size(), lost);
        int lostImports = verifyImports(front, token);
        System.out.printf("Imported court cases present afterwards: %d of %d (lost: %d)%n",
                imported.size() - lostImports, imported.size(), lostImports);
        lost += lostImports;
        if (lost > 0 || signedOut.get() > 0 || raceFailed) {
            System.exit(1);
        }
    }

    /** Coherence and the race for one version, with the two instances addressed directly. */
    static void acrossInstances(String one, String two, String token, String prefix) throws Exception {
        HttpClient api = HttpClient.newHttpClient();
        Pattern id = Pattern.compile("\"id\":(\\d+)"), version = Pattern.compile("\"version\":(\\d+)");
        String created = send(api, one + "/api/v1/training/courses", token, "POST", "{\"title\":\"" + prefix + "race\"}").body();
        Matcher m = id.matcher(created);
        m.find();
        String course = m.group(1);
        int stale = 0, winnersOtherThanOne = 0;
        for (int round = 1; round <= 10; round++) {
            // Read on the other instance at once: it must already see what the last round wrote.
            String list = send(api, two + "/api/v1/training/courses", token, "GET", null).body();
            Matcher record = Pattern.compile("\\{[^{}]*\"id\":" + course + "[,}][^{}]*\\}?").matcher(list);
            if (!record.find()) {
                throw new IllegalStateException("the course written on one instance is not listed on the other");
            }
            Matcher v = version.matcher(record.group());
            v.find();
            String expected = version.matcher(created).results().map(r -> r.group(1)).reduce((a, b) -> b).orElse("?");
            if (!v.group(1).equals(expected)) {
                stale++;
            }
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> saves = new ArrayList<>();
            for (int editor = 0; editor < 6; editor++) {
                String target = editor % 2 == 0 ? one : two;
                String body = "{\"title\":\"" + prefix + "race\",\"topic\":\"round " + round + " editor " + editor
                        + "\",\"version\":" + v.group(1) + "}";
                saves.add(api.sendAsync(HttpRequest.newBuilder(URI.create(target + "/api/v1/training/courses/" + course))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            int won = 0;
            for (var save : saves) {
                HttpResponse<String> answer = save.get();
                if (answer.statusCode() == 200) {
                    won++;
                    created = answer.body();
                } else if (answer.statusCode() != 409) {
                    failures.add("race: status " + answer.statusCode());
                }
            }
            if (won != 1) {
                winnersOtherThanOne++;
            }
        }
        System.out.printf("Across instances: 10 rounds of 6 saves of one version split over both: rounds without exactly one winner: %d; "
                + "stale reads on the other instance right after a write: %d%n", winnersOtherThanOne, stale);
        if (winnersOtherThanOne > 0 || stale > 0) {
            raceFailed = true;
        }
    }

    static volatile boolean raceFailed;

    static HttpResponse<String> send(HttpClient api, String url, String token, String method, String body) throws Exception {
        return api.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static String now() {
        return String.format("%.1f s", (System.currentTimeMillis() - origin) / 1000.0);
    }

    /** One browser: signs in, then alternately opens the home page and posts its form back (the language switch). */
    static Object webUser(String front, String user, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String login = get(browser, front + "/login.xhtml").body();
        HttpResponse<String> signIn = post(browser, front + "/login.xhtml", "login=login&login%3Ausername=" + enc(user)
                + "&login%3Apassword=" + enc(password) + "&login%3AsignIn=&jakarta.faces.ViewState=" + enc(viewState(login)));
        if (signIn.statusCode() != 302 || signIn.headers().firstValue("Location").orElse("").contains("login")) {
            throw new IllegalStateException("could not sign in as " + user + ": " + signIn.statusCode());
        }
        boolean out = false;
        while (System.currentTimeMillis() - origin < endMs) {
            webRequests.incrementAndGet();
            HttpResponse<String> home;
            try {
                home = get(browser, front + "/index.xhtml");
            } catch (Exception e) {
                webFailures.incrementAndGet();
                failures.add(now() + " page view: " + e);
                continue;
            }
            if (isSignInPage(home)) {
                if (!out) {
                    signedOut.incrementAndGet();
                    failures.add(now() + " " + user + " was sent back to the sign-in page");
                }
                out = true;
                break;
            }
            if (home.statusCode() != 200) {
                webFailures.incrementAndGet();
                failures.add(now() + " page view: status " + home.statusCode());
                continue;
            }
            // A postback of the view just served, which may be restored on another instance than rendered it.
            webRequests.incrementAndGet();
            try {
                HttpResponse<String> back = post(browser, front + "/index.xhtml",
                        "shellForm=shellForm&primefaces.nonce=" + enc(nonce(home.body()))
                                + "&jakarta.faces.ViewState=" + enc(viewState(home.body())));
                if (isSignInPage(back)) {
                    signedOut.incrementAndGet();
                    failures.add(now() + " " + user + " was sent back to the sign-in page on a postback");
                    break;
                }
                if (back.statusCode() != 200) {
                    webFailures.incrementAndGet();
                    failures.add(now() + " postback: status " + back.statusCode());
                } else if (!back.body().contains("id=\"shellForm\"")) {
                    // A view that cannot be restored ends on the error page, not on the page posted back.
                    viewsLost.incrementAndGet();
                    failures.add(now() + " postback: the view was not restored");
                }
            } catch (Exception e) {
                webFailures.incrementAndGet();
                failures.add(now() + " postback: " + e);
            }
            Thread.sleep(150);
        }
        return null;
    }

    static boolean isSignInPage(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("").contains("/login.xhtml")
                || answer.body().contains("id=\"login:username\"");
    }

    static Object apiWriter(String front, String token, String prefix) throws Exception {
        HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int n = 1; System.currentTimeMillis() - origin < endMs; n++) {
            String title = prefix + n;
            try {
                HttpResponse<String> answer = api.send(HttpRequest.newBuilder(URI.create(front + "/api/v1/training/courses"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 201) {
                    acknowledged.add(title);
                } else {
                    writeFailures.incrementAndGet();
                    failures.add(now() + " API write: status " + answer.statusCode());
                }
            } catch (Exception e) {
                writeFailures.incrementAndGet();
                failures.add(now() + " API write: " + e);
            }
            Thread.sleep(50);
        }
        return null;
    }

    /** The headline report for the 2021 period, as the M&E officer reads it, again and again. */
    static Object reportReader(String front, String token) throws Exception {
        HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        while (System.currentTimeMillis() - origin < endMs) {
            try {
                HttpResponse<String> answer = api.send(HttpRequest.newBuilder(URI.create(front
                        + "/api/v1/reports/headline?from=2021-03-01&to=2021-08-31")).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
                reports.incrementAndGet();
                if (answer.statusCode() != 200) {
                    reportFailures.incrementAndGet();
                    failures.add(now() + " report: status " + answer.statusCode());
                }
            } catch (Exception e) {
                reportFailures.incrementAndGet();
                failures.add(now() + " report: " + e);
            }
            Thread.sleep(500);
        }
        return null;
    }

    /** A lawyer's CSV of one new case (and its hearing) every second: an import is a write too. */
    static Object caseImporter(String front, String token, String prefix) throws Exception {
        HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String tag = prefix.replaceAll("[^A-Za-z0-9]", "").substring(13);
        for (int n = 1; System.currentTimeMillis() - origin < endMs; n++) {
            String number = "Drill/" + tag + "/" + n;
            String csv = "programme,court,district,caseNumber,filedOn,stage,offences,hearingAt,purpose,outcome,adjournmentReason,witnessRole\n"
                    + "BD,\"Tribunal 3, Khulna\",Khulna," + number + ",2024-03-01,FIR,PSHTA 2012 s.6,2027-01-15T10:00:00,MENTION,,,\n";
            try {
                HttpResponse<String> answer = api.send(HttpRequest.newBuilder(URI.create(front + "/api/v1/imports/court-cases"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"created\":1")) {
                    imported.add(number);
                } else {
                    importFailures.incrementAndGet();
                    failures.add(now() + " import: status " + answer.statusCode() + " " + answer.body());
                }
            } catch (Exception e) {
                importFailures.incrementAndGet();
                failures.add(now() + " import: " + e);
            }
            Thread.sleep(1000);
        }
        return null;
    }

    static int verifyImports(String front, String token) throws Exception {
        Set<String> lost = new HashSet<>();
        for (String number : imported) {
            String list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(front
                    + "/api/v1/court-cases?caseNumber=" + URLEncoder.encode(number, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            if (!list.contains("\"" + number + "\"")) {
                lost.add(number);
            }
        }
        lost.forEach(n -> failures.add("imported but missing afterwards: " + n));
        return lost.size();
    }

    static int verifyWrites(String front, String token, String prefix) throws Exception {
        String list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(front + "/api/v1/training/courses"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Set<String> stored = new HashSet<>();
        for (Matcher m = Pattern.compile("\"title\":\"(" + Pattern.quote(prefix) + "\\d+)\"").matcher(list); m.find(); ) {
            stored.add(m.group(1));
        }
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        return lost.size();
    }

    static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return timed(client, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    static HttpResponse<String> post(HttpClient client, String url, String form) throws Exception {
        return timed(client, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    static HttpResponse<String> timed(HttpClient client, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } finally {
            longestWaitMs.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
        }
    }

    static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no JSF view state in the page");
        }
        return m.group(1);
    }

    static String nonce(String page) {
        Matcher m = NONCE.matcher(page);
        return m.find() ? m.group(1) : "";
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
