package kz.kelisim.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scenario 6 of docs/reliability.md: the services that own deadlines (consent-service: stop obligations,
 * PDL-8.7; objection-service: objection reviews, PDL-19-1.2) are stopped in the middle of the load,
 * and deadlines fall due while they are down. The scanner keeps no timers in memory, so once a
 * service is back its first scans must find them: each is breached exactly once within one scan
 * interval after the service is ready, and reported to regulators once. The clients retry what the
 * stopped services did not answer; nothing acknowledged is lost.
 */
class DeadlinesDuringOutageFaultTest extends FaultScenario {

    static final int OVERDUE_REVOCATIONS = 10;
    static final int OVERDUE_OBJECTIONS = 10;
    /** The deadlines are moved to fall due this long after the services stopped, so they pass due during the outage. */
    static final Duration FALL_DUE_AFTER = Duration.ofSeconds(5);
    /** Beyond the scan interval: one scan's own work on a freshly started JVM. */
    static final Duration SCAN_ALLOWANCE = Duration.ofSeconds(5);
    /** Beyond the breach: the relay, Kafka and notification-service bringing it to the regulators. */
    static final Duration REPORT_ALLOWANCE = Duration.ofSeconds(30);

    @Test
    @DisplayName("Deadlines that fall due while their service is down are breached within one scan interval after it is back, and reported once")
    void deadlines_due_during_an_outage_are_breached_and_reported_once() throws Exception {
        Ledger ledger = new Ledger();
        Fixture f = Fixture.create("downtime", ledger);
        Client client = new Client(new Client.Tally(), RETRY_BUDGET);
        OverdueDeadlines overdue = OverdueDeadlines.prepare(f, ledger, OVERDUE_REVOCATIONS, OVERDUE_OBJECTIONS, 1);
        Duration scanInterval = Stack.deadlineScanInterval();
        Workload load = new Workload(f, ledger, client, OPERATIONS, THREADS, seconds(40), 1).start();
        long consentPid = Stack.pidOf(Stack.CONSENT, 1);
        long objectionPid = Stack.pidOf(Stack.OBJECTION, 1);

        load.awaitProgress(0.3, Duration.ofMinutes(2));
        long stopped;
        int fellDue;
        long ready;
        try {
            Stack.script("services.sh", "stop", Stack.CONSENT, Stack.OBJECTION);
            stopped = System.nanoTime();
            assertThat(Stack.running(Stack.CONSENT, 1) || Stack.running(Stack.OBJECTION, 1)).as("a deadline owner still running").isFalse();
            fellDue = overdue.dueIn(FALL_DUE_AFTER);
            await("every moved deadline falls due while its service is down").atMost(FALL_DUE_AFTER.plusSeconds(30))
                    .pollInterval(Duration.ofMillis(500)).until(() -> overdue.due() == overdue.size());
            assertThat(overdue.inState("OPEN")).as("deadlines still open when their service comes back").isEqualTo(overdue.size());
        } finally {
            // services.sh start returns once both answer their readiness check.
            Stack.restart(Map.of(), "services.sh", "start", Stack.CONSENT, Stack.OBJECTION);
            ready = System.nanoTime();
        }
        long downSeconds = Duration.ofNanos(ready - stopped).toSeconds();
        Duration breachBound = scanInterval.plus(SCAN_ALLOWANCE);
        await("every deadline breached within one scan interval after its service is ready").atMost(breachBound)
                .pollInterval(Duration.ofMillis(200)).until(() -> overdue.inState("BREACHED") == overdue.size());
        Duration breachedAfter = Duration.ofNanos(System.nanoTime() - ready);
        await("every breach recorded for the regulators").atMost(breachBound.plus(REPORT_ALLOWANCE))
                .pollInterval(Duration.ofMillis(200)).until(() -> overdue.recordedForRegulators() == overdue.size());
        Duration reportedAfter = Duration.ofNanos(System.nanoTime() - ready);
        load.awaitDone(Duration.ofMinutes(5));

        Audit audit = new Audit(f, ledger, client.tally());
        audit.overdueStopDeadlines = overdue.stop;
        audit.overdueObjectionDeadlines = overdue.review;
        audit.awaitDelivery(Duration.ofMinutes(3)).checkWrites().checkEvents();
        long reportedOnce = overdue.checkReportedOnce(audit);
        System.out.println(audit.line("deadlines-during-outage", load, f.elapsed())
                + String.format("; consent-service and objection-service down %d s, deadlines fell due while down %d,"
                        + " all breached %.1f s after ready (scan interval %d s), all recorded for regulators %.1f s after ready,"
                        + " reported once %d, unanswered attempts %d",
                downSeconds, fellDue, breachedAfter.toMillis() / 1000.0, scanInterval.toSeconds(), reportedAfter.toMillis() / 1000.0,
                reportedOnce, client.tally().noAnswer.get()));

        assertThat(fellDue).as("deadlines moved to fall due during the outage").isEqualTo(overdue.size());
        assertThat(Stack.pidOf(Stack.CONSENT, 1)).as("a new consent-service process").isNotEqualTo(consentPid);
        assertThat(Stack.pidOf(Stack.OBJECTION, 1)).as("a new objection-service process").isNotEqualTo(objectionPid);
        assertThat(client.tally().noAnswer.get()).as("requests that found a service stopped (the outage was felt)").isPositive();
        assertThat(reportedOnce).as("breaches reported to regulators exactly once").isEqualTo(overdue.size());
        audit.assertClean(load);
    }
}
