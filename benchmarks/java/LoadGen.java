import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop load for the Kelisim benchmarks: requests leave at a fixed rate whatever the answers
 * do, and each latency counts from the moment its request was due, so a stall shows in the
 * percentiles instead of slowing the load down (no coordinated omission). Tokens come from
 * Keycloak and are cached until shortly before they expire, as a real client does.
 *
 * <pre>
 * java LoadGen.java check  key=value...   fixed-rate POST /api/v1/consent-checks
 * java LoadGen.java revoke key=value...   fixed-rate revocations, with a webhook receiver
 * java LoadGen.java b2join key=value...   revocation answer -> notice stored, from the exported rows
 * </pre>
 * Figures are written as key=value lines (latencies in microseconds) to {@code out=}.
 */
public class LoadGen {

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            a.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        switch (args[0]) {
            case "check" -> check(a);
            case "revoke" -> revoke(a);
            case "b2join" -> b2join(a);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        // The webhook receiver's and the HTTP client's threads must not keep the JVM alive.
        System.exit(0);
    }

    // ---------------------------------------------------------------- consent check at a fixed rate

    static void check(Map<String, String> a) throws Exception {
        String base = a.get("base");
        String purpose = a.getOrDefault("purpose", "bench-check");
        int rate = Integer.parseInt(a.get("rate"));
        int seconds = Integer.parseInt(a.get("seconds"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "5"));
        List<String> iins = Files.readAllLines(Path.of(a.get("iins")));
        Tokens token = Tokens.clientCredentials(a.get("token_url"), a.get("client_id"), a.get("client_secret"));
        HttpClient http = client();
        IntFunction<HttpRequest> request = i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/consent-checks"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token.get())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"subjectIin\":\"" + iins.get(i % iins.size()) + "\",\"purposeCode\":\"" + purpose + "\"}"))
                .build();
        if (warmup > 0) {
            fixedRate(http, request, rate, warmup);
        }
        Run run = fixedRate(http, request, rate, seconds);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rate", rate);
        out.put("seconds", seconds);
        run.into(out, "");
        write(a.get("out"), out);
        System.out.printf("check at %d/s: %s%n", rate, out);
    }

    /** The outcome of one fixed-rate run: latency from due moment to answer, and each status. */
    static final class Run {
        final long[] latencyNanos;
        final int[] status;
        final long[] answeredEpochMicros;
        final long[] dueEpochMicros;
        final long elapsedNanos;

        Run(int n, long elapsedNanos) {
            latencyNanos = new long[n];
            status = new int[n];
            answeredEpochMicros = new long[n];
            dueEpochMicros = new long[n];
            this.elapsedNanos = elapsedNanos;
        }

        void into(Map<String, Object> out, String prefix) {
            int ok = 0;
            int failed = 0;
            List<Long> lat = new ArrayList<>();
            for (int i = 0; i < status.length; i++) {
                if (status[i] >= 200 && status[i] < 300) {
                    ok++;
                    lat.add(latencyNanos[i]);
                } else {
                    failed++;
                }
            }
            out.put(prefix + "requests", status.length);
            out.put(prefix + "errors", failed);
            out.put(prefix + "not_sent", Arrays.stream(status).filter(x -> x == -2).count());
            out.put(prefix + "throughput", String.format("%.1f", ok / (elapsedNanos / 1e9)));
            percentiles(out, prefix, lat.stream().mapToLong(Long::longValue).map(n -> n / 1000).toArray());
        }
    }

    /** Sends request(i) for i = 0.. at {@code rate} per second for {@code seconds}; waits for every answer. */
    static Run fixedRate(HttpClient http, IntFunction<HttpRequest> request, int rate, int seconds) throws InterruptedException {
        int n = rate * seconds;
        long period = 1_000_000_000L / rate;
        long[] latency = new long[n];
        int[] status = new int[n];
        long[] answered = new long[n];
        long[] due = new long[n];
        CountDownLatch done = new CountDownLatch(n);
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(MAX_IN_FLIGHT);
        long start = System.nanoTime() + 20_000_000L;
        long startEpochMicros = epochMicros() + 20_000;
        for (int i = 0; i < n; i++) {
            long intended = start + i * period;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            final int k = i;
            due[k] = startEpochMicros + (i * period) / 1000;
            if (!inFlight.tryAcquire()) {
                // Past the cap the service is already hopelessly behind: count the request as failed
                // instead of piling up connections that would slow the whole machine down.
                status[k] = -2;
                latency[k] = System.nanoTime() - intended;
                done.countDown();
                continue;
            }
            http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                inFlight.release();
                latency[k] = System.nanoTime() - intended;
                answered[k] = epochMicros();
                status[k] = e == null ? r.statusCode() : -1;
                if (e == null && (r.statusCode() < 200 || r.statusCode() >= 300) && FAILURES.incrementAndGet() <= 3) {
                    System.err.println("HTTP " + r.statusCode() + ": " + r.body());
                } else if (e != null && FAILURES.incrementAndGet() <= 3) {
                    System.err.println("request failed: " + e);
                }
                done.countDown();
            });
        }
        if (!done.await(60, TimeUnit.SECONDS)) {
            System.err.println(done.getCount() + " requests never answered");
        }
        Run run = new Run(n, (long) seconds * 1_000_000_000L);
        System.arraycopy(latency, 0, run.latencyNanos, 0, n);
        System.arraycopy(status, 0, run.status, 0, n);
        System.arraycopy(answered, 0, run.answeredEpochMicros, 0, n);
        System.arraycopy(due, 0, run.dueEpochMicros, 0, n);
        return run;
    }

    static final AtomicInteger FAILURES = new AtomicInteger();

    /** At most this many requests wait for an answer at once (BENCH_MAX_IN_FLIGHT, default 512). */
    static final int MAX_IN_FLIGHT = Integer.parseInt(System.getenv().getOrDefault("BENCH_MAX_IN_FLIGHT", "512"));

    // ---------------------------------------------------------------- B2: revocation -> downstream

    static final Pattern CONSENT_ID = Pattern.compile("\"consentId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    static void revoke(Map<String, String> a) throws Exception {
        String base = a.get("base");
        int rate = Integer.parseInt(a.get("rate"));
        int seconds = Integer.parseInt(a.get("seconds"));
        int hookPort = Integer.parseInt(a.get("hook_port"));
        long waitSeconds = Long.parseLong(a.getOrDefault("wait", "90"));
        // subjects file: username password; consents file: username consentId (in the order to revoke)
        Map<String, Tokens> tokens = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(a.get("subjects")))) {
            String[] f = line.trim().split("\\s+");
            tokens.put(f[0], Tokens.password(a.get("token_url"), a.get("client_id"), f[0], f[1]));
        }
        List<String[]> consents = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(a.get("consents")))) {
            if (!line.isBlank()) {
                consents.add(line.trim().split("\\s+"));
            }
        }
        int n = rate * seconds;
        int skip = Integer.parseInt(a.getOrDefault("skip", "0"));
        consents = consents.subList(Math.min(skip, consents.size()), consents.size());
        if (consents.size() < n) {
            throw new IllegalStateException("need " + n + " consents to revoke, have " + consents.size());
        }
        tokens.values().forEach(Tokens::get);

        Map<String, Long> hooks = new ConcurrentHashMap<>();
        AtomicInteger hookCalls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", hookPort), 256);
        server.createContext("/hook", exchange -> {
            long at = epochMicros();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            hookCalls.incrementAndGet();
            Matcher m = CONSENT_ID.matcher(new String(body, StandardCharsets.UTF_8));
            if (m.find() && new String(body, StandardCharsets.UTF_8).contains("consent.revoked")) {
                hooks.putIfAbsent(m.group(1), at);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        try {
            HttpClient http = client();
            List<String[]> batch = consents;
            Run run = fixedRate(http, i -> HttpRequest.newBuilder(
                            URI.create(base + "/api/v1/me/consents/" + batch.get(i)[1] + "/revocation"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + tokens.get(batch.get(i)[0]).get())
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(), rate, seconds);
            long okCount = Arrays.stream(run.status).filter(s -> s >= 200 && s < 300).count();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
            while (hooks.size() < okCount && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(a.get("rows"))))) {
                for (int i = 0; i < n; i++) {
                    String id = consents.get(i)[1];
                    w.printf("%s\t%d\t%d\t%d\t%d%n", id, run.dueEpochMicros[i], run.answeredEpochMicros[i], run.status[i],
                            hooks.getOrDefault(id, -1L));
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("rate", rate);
            out.put("seconds", seconds);
            run.into(out, "answer_");
            long[] hookLag = new long[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                Long at = hooks.get(consents.get(i)[1]);
                if (at != null && run.status[i] >= 200 && run.status[i] < 300) {
                    hookLag[k++] = at - run.answeredEpochMicros[i];
                }
            }
            out.put("webhook_received", k);
            out.put("webhook_missing", okCount - k);
            out.put("webhook_calls", hookCalls.get());
            percentiles(out, "webhook_", Arrays.copyOf(hookLag, k));
            write(a.get("out"), out);
            System.out.printf("revocations at %d/s: %s%n", rate, out);
        } finally {
            server.stop(0);
        }
    }

    /** Joins the client's rows with consentId->eventId (consent DB) and eventId->stored moment (notification DB). */
    static void b2join(Map<String, String> a) throws IOException {
        Map<String, String> eventOf = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(a.get("events")))) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                eventOf.put(f[1], f[0]);
            }
        }
        Map<String, Long> stored = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(a.get("stored")))) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                stored.put(f[0], Long.parseLong(f[1]));
            }
        }
        List<Long> lags = new ArrayList<>();
        int ok = 0;
        for (String line : Files.readAllLines(Path.of(a.get("rows")))) {
            String[] f = line.split("\t");
            int status = Integer.parseInt(f[3]);
            if (status < 200 || status >= 300) {
                continue;
            }
            ok++;
            String event = eventOf.get(f[0]);
            Long at = event == null ? null : stored.get(event);
            if (at != null) {
                lags.add(at - Long.parseLong(f[2]));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("notice_stored", lags.size());
        out.put("notice_missing", ok - lags.size());
        percentiles(out, "notice_", lags.stream().mapToLong(Long::longValue).toArray());
        write(a.get("out"), out);
        System.out.printf("revocation -> notice stored: %s%n", out);
    }

    // ---------------------------------------------------------------- shared

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }

    /** p50, p90, p99, p99.9, max and mean of microsecond values; negative values count as 0. */
    static void percentiles(Map<String, Object> out, String prefix, long[] micros) {
        long[] v = micros.clone();
        Arrays.sort(v);
        out.put(prefix + "samples", v.length);
        if (v.length == 0) {
            return;
        }
        out.put(prefix + "p50_us", Math.max(0, at(v, 0.50)));
        out.put(prefix + "p90_us", Math.max(0, at(v, 0.90)));
        out.put(prefix + "p99_us", Math.max(0, at(v, 0.99)));
        out.put(prefix + "p999_us", Math.max(0, at(v, 0.999)));
        out.put(prefix + "max_us", Math.max(0, v[v.length - 1]));
        out.put(prefix + "mean_us", Math.max(0, (long) Arrays.stream(v).average().orElse(0)));
    }

    static long at(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static void write(String file, Map<String, Object> values) throws IOException {
        try (Writer w = Files.newBufferedWriter(Path.of(file))) {
            for (var e : values.entrySet()) {
                w.write(e.getKey() + "=" + e.getValue() + "\n");
            }
        }
    }

    /** A bearer token fetched once and reused until 60 s before it expires. */
    static final class Tokens {
        private final String url;
        private final String form;
        private String token;
        private long refreshAt;

        private Tokens(String url, String form) {
            this.url = url;
            this.form = form;
        }

        static Tokens clientCredentials(String url, String clientId, String secret) {
            return new Tokens(url, "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret));
        }

        static Tokens password(String url, String clientId, String user, String password) {
            return new Tokens(url, "grant_type=password&client_id=" + enc(clientId) + "&username=" + enc(user)
                    + "&password=" + enc(password));
        }

        synchronized String get() {
            if (token == null || System.nanoTime() > refreshAt) {
                try {
                    HttpResponse<String> r = client().send(HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                    Matcher t = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
                    Matcher x = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)").matcher(r.body());
                    if (r.statusCode() != 200 || !t.find()) {
                        throw new IllegalStateException("token request failed: HTTP " + r.statusCode() + " " + r.body());
                    }
                    token = t.group(1);
                    long life = x.find() ? Long.parseLong(x.group(1)) : 300;
                    refreshAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(10, life - 60));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return token;
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
