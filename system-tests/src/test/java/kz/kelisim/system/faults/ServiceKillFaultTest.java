package kz.kelisim.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scenario 2 of docs/reliability.md: consent-service is killed with SIGKILL in the middle of the load (no
 * shutdown hook, transactions and relay batches cut off) and started again with services.sh.
 * The clients retry every unanswered request with the same Idempotency-Key: nothing acknowledged
 * is lost, nothing is stored twice, and the outbox relay publishes what was waiting.
 */
class ServiceKillFaultTest extends FaultScenario {

    @Test
    @DisplayName("consent-service kill -9 mid-load and restarted: retries with the same Idempotency-Key lose and double nothing; the relay resumes")
    void killed_service_loses_and_doubles_nothing() throws Exception {
        Ledger ledger = new Ledger();
        Fixture f = Fixture.create("kill", ledger);
        Client client = new Client(new Client.Tally(), RETRY_BUDGET);
        Workload load = new Workload(f, ledger, client, OPERATIONS, THREADS, seconds(40), 1).start();

        load.awaitProgress(0.3, Duration.ofMinutes(2));
        long pid = Stack.pidOf(Stack.CONSENT, 1);
        long backlog;
        long restartSeconds;
        try {
            Stack.kill9(pid);
            backlog = Db.count(Db.CONSENT, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
        } finally {
            long restarting = System.nanoTime();
            Stack.restart(Map.of(), "services.sh", "start", Stack.CONSENT);
            restartSeconds = Duration.ofNanos(System.nanoTime() - restarting).toSeconds();
        }
        assertThat(Stack.pidOf(Stack.CONSENT, 1)).as("a new consent-service process").isNotEqualTo(pid);
        load.awaitDone(Duration.ofMinutes(5));

        Audit audit = new Audit(f, ledger, client.tally()).awaitDelivery(Duration.ofMinutes(3)).checkWrites().checkEvents();
        System.out.println(audit.line("consent-service-kill", load, f.elapsed())
                + String.format("; killed pid %d, back in %d s, unanswered attempts %d, replayed by Idempotency-Key %d, outbox rows unpublished at the kill %d",
                pid, restartSeconds, client.tally().noAnswer.get(), client.tally().replayed.get(), backlog));

        assertThat(client.tally().noAnswer.get()).as("requests that found consent-service dead (the fault was felt)").isPositive();
        assertThat(client.tally().retries.get()).as("retries").isPositive();
        audit.assertClean(load);
    }
}
