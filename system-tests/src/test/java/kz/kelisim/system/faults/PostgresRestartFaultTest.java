package kz.kelisim.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scenario 3 of docs/reliability.md: PostgreSQL stops in the middle of the load and starts again. Every service's
 * readiness goes DOWN and comes back UP by itself (no service is restarted); while the database is
 * away the clients get 503 and never another 5xx; no acknowledged write is lost.
 */
class PostgresRestartFaultTest extends FaultScenario {


    @Test
    @DisplayName("PostgreSQL restarted mid-load: readiness DOWN then UP on its own, 503 and never another 5xx, nothing acknowledged lost")
    void database_restart_answers_503_and_loses_nothing() throws Exception {
        Ledger ledger = new Ledger();
        Fixture f = Fixture.create("postgres", ledger);
        Client client = new Client(new Client.Tally(), RETRY_BUDGET);
        Workload load = new Workload(f, ledger, client, OPERATIONS, THREADS, seconds(40), 1).start();
        Map<String, Long> pids = Map.of(Stack.CONSENT, Stack.pidOf(Stack.CONSENT, 1),
                Stack.OBJECTION, Stack.pidOf(Stack.OBJECTION, 1), Stack.NOTIFICATION, Stack.pidOf(Stack.NOTIFICATION, 1));

        load.awaitProgress(0.3, Duration.ofMinutes(2));
        long downSeconds;
        long upSeconds;
        long unavailableBefore = client.tally().count(503);
        try {
            Stack.script("postgres.sh", "stop");
            long stopped = System.nanoTime();
            await("every service reports not ready while the database is away").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> Stack.SERVICES.stream().noneMatch(s -> Stack.ready(s, 1)));
            downSeconds = Duration.ofNanos(System.nanoTime() - stopped).toSeconds();
            // The database stays away until clients have been answered 503 for it, however long that takes.
            await("clients are answered 503 while the database is away").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> client.tally().count(503) > unavailableBefore);
        } finally {
            Stack.restart(Map.of(), "postgres.sh", "start");
        }
        long started = System.nanoTime();
        // No service is restarted: readiness must come back by itself.
        awaitReady(Duration.ofSeconds(90));
        upSeconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        long unavailable = client.tally().count(503) - unavailableBefore;
        load.awaitDone(Duration.ofMinutes(5));

        Audit audit = new Audit(f, ledger, client.tally()).awaitDelivery(Duration.ofMinutes(3)).checkWrites().checkEvents();
        System.out.println(audit.line("postgres-restart", load, f.elapsed())
                + String.format("; readiness DOWN %d s after the stop, UP %d s after the start, 503 answers during the outage %d, answers by status %s",
                downSeconds, upSeconds, unavailable, client.tally().byStatus()));

        pids.forEach((service, pid) -> {
            try {
                assertThat(Stack.pidOf(service, 1)).as(service + " was not restarted").isEqualTo(pid);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(unavailable).as("503 answers while the database was away").isPositive();
        audit.assertClean(load);
    }
}
