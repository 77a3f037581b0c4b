package kz.kelisim.system.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * An API client as a careful integrator writes one: every request that got no answer, a 503 or a
 * 409 concurrent-request is sent again, unchanged and with the same Idempotency-Key, until it is
 * answered or its time budget runs out. It counts every answer; a 5xx other than 503 is a
 * violation (a passing outage answers 503 problem+json, never a bare 500: docs/design.md#errors).
 */
final class Client {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONCURRENT = "https://kelisim.kz/problems/concurrent-request";

    /** The final answer to one operation, and whether an earlier attempt may have taken effect unseen. */
    record Outcome(int status, JsonNode body, int attempts, boolean uncertain) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        boolean abandoned() {
            return status < 0;
        }

        String type() {
            return body == null ? "" : body.path("type").asText("");
        }
    }

    /** Everything the clients saw, for the report and the no-5xx rule. */
    static final class Tally {
        final AtomicLong operations = new AtomicLong();
        final AtomicLong acknowledged = new AtomicLong();
        final AtomicLong attempts = new AtomicLong();
        final AtomicLong retries = new AtomicLong();
        final AtomicLong noAnswer = new AtomicLong();
        final AtomicLong abandoned = new AtomicLong();
        final AtomicLong replayed = new AtomicLong();
        private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
        final List<String> violations = new CopyOnWriteArrayList<>();

        void status(int status) {
            byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        }

        long count(int status) {
            LongAdder a = byStatus.get(status);
            return a == null ? 0 : a.sum();
        }

        Map<Integer, Long> byStatus() {
            Map<Integer, Long> out = new TreeMap<>();
            byStatus.forEach((k, v) -> out.put(k, v.sum()));
            return out;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final Tally tally;
    private final Duration budget;

    Client(Tally tally, Duration budget) {
        this.tally = tally;
        this.budget = budget;
    }

    Tally tally() {
        return tally;
    }

    /** Sends one operation until it is answered; {@code key} may be null for naturally idempotent requests. */
    Outcome call(String label, String method, String url, String token, String key, String body) {
        return call(label, method, url, token, key, body, "application/json");
    }

    /** The same with a body of another media type. */
    Outcome call(String label, String method, String url, String token, String key, String body, String contentType) {
        tally.operations.incrementAndGet();
        long deadline = System.nanoTime() + budget.toNanos();
        long backoff = 100;
        boolean uncertain = false;
        int attempt = 0;
        while (true) {
            attempt++;
            tally.attempts.incrementAndGet();
            if (attempt > 1) {
                tally.retries.incrementAndGet();
            }
            int status;
            JsonNode answer = null;
            String text = "";
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json");
                if (key != null) {
                    request.header("Idempotency-Key", key);
                }
                if (body != null) {
                    request.header("Content-Type", contentType)
                            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
                } else {
                    request.method(method, HttpRequest.BodyPublishers.noBody());
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                status = response.statusCode();
                text = response.body();
                answer = parse(text);
            } catch (IOException e) {
                status = -1;
                text = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (status == -1) {
                tally.noAnswer.incrementAndGet();
            } else {
                tally.status(status);
            }
            if (status >= 500 && status != 503) {
                tally.violations.add(label + " " + method + " " + url + " answered " + status + ": " + abbreviate(text));
            }
            boolean concurrent = status == 409 && answer != null && CONCURRENT.equals(answer.path("type").asText());
            boolean retry = status == -1 || status >= 500 || concurrent;
            if (!retry) {
                if (status >= 200 && status < 300) {
                    tally.acknowledged.incrementAndGet();
                    if (status == 200 && key != null && method.equals("POST") && attempt > 1) {
                        tally.replayed.incrementAndGet();
                    }
                }
                return new Outcome(status, answer, attempt, uncertain);
            }
            // No answer or a 5xx: the request may or may not have taken effect.
            uncertain |= status == -1 || status >= 500;
            if (System.nanoTime() > deadline) {
                tally.abandoned.incrementAndGet();
                return new Outcome(-1, answer, attempt, true);
            }
            sleep(backoff);
            backoff = Math.min(1_000, backoff * 2);
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    static String abbreviate(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ");
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
