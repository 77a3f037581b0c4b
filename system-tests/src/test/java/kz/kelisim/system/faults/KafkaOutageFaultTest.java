package kz.kelisim.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scenario 1 of docs/reliability.md: the broker stops for more than 30 seconds in the middle of the load. The
 * services keep accepting writes (the outbox holds their events); once the broker is back every
 * event is published and each consumer applies it exactly once.
 */
class KafkaOutageFaultTest extends FaultScenario {

    /** Kafka is down from this share of the load until that one: the middle 40 %, about 24 s of the paced minute. */
    static final double DOWN_FROM = 0.2;
    static final double DOWN_UNTIL = 0.6;

    @Test
    @DisplayName("Kafka down while 40 % of the load runs: writes still accepted, afterwards every event arrives and is applied once")
    void kafka_outage_loses_and_doubles_nothing() throws Exception {
        Ledger ledger = new Ledger();
        Fixture f = Fixture.create("kafka", ledger);
        Client client = new Client(new Client.Tally(), RETRY_BUDGET);
        Workload load = new Workload(f, ledger, client, OPERATIONS, THREADS, seconds(60), 1).start();

        load.awaitProgress(DOWN_FROM, Duration.ofMinutes(2));
        long acknowledgedBefore;
        long acknowledgedDuring;
        long backlog;
        long down;
        try {
            Stack.script("kafka.sh", "stop");
            long stoppedAt = System.nanoTime();
            acknowledgedBefore = client.tally().acknowledged.get();
            // The outage lasts while a set share of the operations runs against it, not for a fixed time.
            load.awaitProgress(DOWN_UNTIL, Duration.ofMinutes(2));
            acknowledgedDuring = client.tally().acknowledged.get() - acknowledgedBefore;
            backlog = Db.count(Db.CONSENT, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
            down = Duration.ofNanos(System.nanoTime() - stoppedAt).toSeconds();
        } finally {
            Stack.restart(Map.of(), "kafka.sh", "start");
        }
        load.awaitDone(Duration.ofMinutes(5));

        Audit audit = new Audit(f, ledger, client.tally()).awaitDelivery(Duration.ofMinutes(3)).checkWrites().checkEvents();
        System.out.println(audit.line("kafka-outage", load, f.elapsed())
                + String.format("; broker down %d s, acknowledged while down %d, outbox backlog %d", down, acknowledgedDuring, backlog));

        assertThat(acknowledgedDuring).as("writes acknowledged while the broker was down").isPositive();
        assertThat(backlog).as("events waiting in the outbox while the broker was down").isPositive();
        audit.assertClean(load);
    }
}
