import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database-outage drill behind scripts/drill-database-outage: keeps reading, writing and asking /health
 * against a running Liberta, pauses the database server process (SIGSTOP) for a while, resumes it (SIGCONT), and
 * prints what users saw: how soon the API turned requests away with 503 problem+json, how long those answers took,
 * when /health went DOWN and UP again, how soon service came back, and whether every acknowledged write is there.
 * Every request is sent without waiting for the one before, so a hung request shows as hung instead of
 * silently slowing the probe down.
 *
 *   java scripts/drill/DatabaseOutageDrill.java BASE_URL TOKEN DATABASE_PID PAUSE_SECONDS
 */
public class DatabaseOutageDrill {

    record Sample(String kind, long sentMs, int status, long tookMs, String contentType, String body) {
        boolean problemJson() {
            return contentType.startsWith("application/problem+json");
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final List<Sample> SAMPLES = Collections.synchronizedList(new ArrayList<>());
    static final List<CompletableFuture<?>> OUTSTANDING = Collections.synchronizedList(new ArrayList<>());
    static long origin;

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        String token = args[1];
        String pid = args[2];
        int pauseSeconds = Integer.parseInt(args[3]);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String prefix = "Outage drill " + run + " ";

        origin = System.currentTimeMillis();
        long warmUp = 5_000, pausedAt = warmUp, resumedAt = warmUp + pauseSeconds * 1000L, end = resumedAt + 10_000;
        boolean paused = false, resumed = false;
        int written = 0;
        for (long now = 0; now < end; now = System.currentTimeMillis() - origin) {
            if (!paused && now >= pausedAt) {
                signal("STOP", pid);
                pausedAt = now;
                paused = true;
            }
            if (!resumed && now >= resumedAt) {
                signal("CONT", pid);
                resumedAt = now;
                resumed = true;
            }
            send("read", HttpRequest.newBuilder(URI.create(base + "/api/v1/training/courses"))
                    .header("Authorization", "Bearer " + token).GET());
            send("health", HttpRequest.newBuilder(URI.create(base + "/health")).GET());
            send("write", HttpRequest.newBuilder(URI.create(base + "/api/v1/training/courses"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + prefix + (++written) + "\"}")));
            Thread.sleep(100);
        }
        // Requests still hanging are given a minute to come back; whatever they answer is counted.
        CompletableFuture.allOf(OUTSTANDING.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);

        report(pausedAt, resumedAt, pauseSeconds);
        verifyWrites(base, token, prefix);
    }

    static void send(String kind, HttpRequest.Builder request) {
        long sent = System.currentTimeMillis() - origin;
        OUTSTANDING.add(HTTP.sendAsync(request.timeout(Duration.ofSeconds(75)).build(), HttpResponse.BodyHandlers.ofString())
                .handle((answer, failure) -> {
                    long took = System.currentTimeMillis() - origin - sent;
                    SAMPLES.add(answer == null
                            ? new Sample(kind, sent, 0, took, "", String.valueOf(failure))
                            : new Sample(kind, sent, answer.statusCode(), took,
                                    answer.headers().firstValue("Content-Type").orElse(""), answer.body()));
                    return null;
                }));
    }

    static void signal(String signal, String pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
        }
    }

    static void report(long pausedAt, long resumedAt, int pauseSeconds) {
        List<Sample> all;
        synchronized (SAMPLES) {
            all = new ArrayList<>(SAMPLES);
        }
        all.sort((a, b) -> Long.compare(a.sentMs(), b.sentMs()));
        System.out.printf("Database paused for %d s (SIGSTOP at %.1f s, SIGCONT at %.1f s); %d requests sent%n",
                pauseSeconds, pausedAt / 1000.0, resumedAt / 1000.0, all.size());

        Sample firstRefusal = first(all, s -> s.kind().equals("read") && s.sentMs() >= pausedAt && s.status() == 503);
        System.out.println(firstRefusal == null ? "API never answered 503 during the outage"
                : String.format("API turned reads away (503) from %.1f s into the outage", (firstRefusal.sentMs() - pausedAt) / 1000.0));
        List<Sample> refused = all.stream().filter(s -> !s.kind().equals("health") && s.sentMs() >= pausedAt
                && s.sentMs() < resumedAt && s.status() == 503).toList();
        long slowest = refused.stream().mapToLong(Sample::tookMs).max().orElse(0);
        long notProblem = refused.stream().filter(s -> !s.problemJson()).count();
        System.out.printf("API 503 answers during the outage: %d, slowest %d ms, not problem+json: %d%n",
                refused.size(), slowest, notProblem);
        List<Sample> other = all.stream().filter(s -> !s.kind().equals("health") && s.sentMs() >= pausedAt
                && s.sentMs() < resumedAt && s.status() != 503).toList();
        // Requests already waiting on the database when it stopped are held until it answers: listed one by one.
        for (Sample s : other) {
            System.out.printf("  sent at +%.1f s (%s): %s after %d ms%s%n", (s.sentMs() - pausedAt) / 1000.0, s.kind(),
                    s.status() == 0 ? "no answer" : "status " + s.status(), s.tookMs(),
                    s.status() >= 400 && !s.problemJson() ? " NOT problem+json" : "");
        }
        Sample down = first(all, s -> s.kind().equals("health") && s.sentMs() >= pausedAt && s.status() == 503);
        System.out.println(down == null ? "/health never went DOWN"
                : String.format("/health DOWN %.1f s after the database stopped", (down.sentMs() + down.tookMs() - pausedAt) / 1000.0));
        Sample back = first(all, s -> s.kind().equals("read") && s.sentMs() >= resumedAt && s.status() == 200);
        System.out.println(back == null ? "Service did NOT come back"
                : String.format("Reads answered again %.1f s after the database resumed", (back.sentMs() + back.tookMs() - resumedAt) / 1000.0));
        Sample up = first(all, s -> s.kind().equals("health") && s.sentMs() >= resumedAt && s.status() == 200);
        System.out.println(up == null ? "/health never came back UP"
                : String.format("/health UP %.1f s after the database resumed", (up.sentMs() + up.tookMs() - resumedAt) / 1000.0));
        long failedOutside = all.stream().filter(s -> (s.sentMs() < pausedAt - 500 || s.sentMs() > resumedAt + 3000)
                && s.status() != 200 && s.status() != 201).count();
        System.out.println("Failed requests well away from the outage: " + failedOutside);
    }

    /** Every write answered 201 must be stored, and nothing may be stored that was answered with a failure. */
    static void verifyWrites(String base, String token, String prefix) throws Exception {
        Set<String> acknowledged = new HashSet<>();
        int refused = 0;
        Pattern title = Pattern.compile("\"title\":\"(" + Pattern.quote(prefix) + "\\d+)\"");
        synchronized (SAMPLES) {
            for (Sample s : SAMPLES) {
                if (!s.kind().equals("write")) {
                    continue;
                }
                Matcher m = title.matcher(s.body());
                if (s.status() == 201 && m.find()) {
                    acknowledged.add(m.group(1));
                } else {
                    refused++;
                }
            }
        }
        String list = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/training/courses"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Set<String> stored = new HashSet<>();
        for (Matcher m = title.matcher(list); m.find(); ) {
            stored.add(m.group(1));
        }
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        Set<String> unacknowledged = new HashSet<>(stored);
        unacknowledged.removeAll(acknowledged);
        System.out.printf("Acknowledged writes: %d, present afterwards: %d, lost: %d%n",
                acknowledged.size(), acknowledged.size() - lost.size(), lost.size());
        System.out.printf("Writes refused: %d; stored although refused: %d%n", refused, unacknowledged.size());
        if (!lost.isEmpty()) {
            System.exit(1);
        }
    }

    static Sample first(List<Sample> samples, java.util.function.Predicate<Sample> which) {
        return samples.stream().filter(which).findFirst().orElse(null);
    }
}
