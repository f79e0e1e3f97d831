import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read mix behind scripts/bench-cluster: signed-in API clients (the administrator, who may read every list, each
 * client with its own token), going round the lists
 * and figures people open most (caseload, court cases, hearings calendar, training sessions, the headline report)
 * through the load balancer as fast as answers come, for a warm-up and then a measured stretch. Prints requests per
 * second (only 200s count) and how many answers were not 200.
 *
 *   java scripts/drill/ThroughputBench.java FRONT_URL INSTANCES CLIENTS SECONDS ADMIN_PASSWORD
 */
public class ThroughputBench {

    static final List<String> READS = List.of("/api/v1/survivors?page=0&size=50", "/api/v1/court-cases?page=0&size=50",
            "/api/v1/training/sessions?page=0&size=50", "/api/v1/reports/headline?from=2021-03-01&to=2021-08-31",
            "/api/v1/court-cases/backlog?programme=BD");

    public static void main(String[] args) throws Exception {
        String front = args[0].replaceAll("/$", "");
        int instances = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> tokens = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            tokens.add(token(http, front, "admin", args[4]));
        }
        AtomicLong ok = new AtomicLong(), other = new AtomicLong();
        java.util.Map<String, AtomicLong> notOk = new java.util.concurrent.ConcurrentSkipListMap<>();
        long warmUpEnds = System.currentTimeMillis() + 10_000;
        long ends = warmUpEnds + seconds * 1000;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            String token = tokens.get(c);
            int start = c;
            pool.submit(() -> {
                for (int i = start; System.currentTimeMillis() < ends; i++) {
                    try {
                        int status = http.send(HttpRequest.newBuilder(URI.create(front + READS.get(i % READS.size())))
                                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (System.currentTimeMillis() >= warmUpEnds) {
                            (status == 200 ? ok : other).incrementAndGet();
                            if (status != 200) {
                                notOk.computeIfAbsent(String.valueOf(status), k -> new AtomicLong()).incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        if (System.currentTimeMillis() >= warmUpEnds) {
                            other.incrementAndGet();
                            notOk.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        System.out.printf("%d instance(s), %d clients, %d s: %d answers, %d not 200 %s; requests per second: %.1f%n",
                instances, clients, seconds, ok.get() + other.get(), other.get(), notOk, ok.get() / (double) seconds);
    }

    static String token(HttpClient http, String front, String user, String password) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(front + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + ": " + body);
        }
        return m.group(1);
    }
}
