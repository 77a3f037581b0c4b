package kz.kelisim.system.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * What every fault scenario shares: the size of its load, and a suite that is whole when it
 * begins, whatever an earlier scenario left behind. Scenarios stop and start parts of the running
 * suite, so they run only on request: {@code -Dsystem.excludedGroups= -Dgroups=fault}.
 */
@Tag("fault")
abstract class FaultScenario {

    /** At least 2,000 mixed operations per scenario (docs/reliability.md). */
    static final int OPERATIONS = Math.max(2_000, Integer.getInteger("kelisim.faults.operations", 2_000));
    static final int THREADS = Integer.getInteger("kelisim.faults.threads", 6);
    /** How long one client keeps retrying an operation before it gives up (then it is not acknowledged). */
    static final Duration RETRY_BUDGET = Duration.ofMinutes(3);

    /** Starts whatever an earlier scenario left stopped, stuck or doubled, so no scenario depends on another. */
    @BeforeEach
    void suiteIsWhole() throws Exception {
        for (String service : Stack.SERVICES) {
            if (Stack.running(service, 2)) {
                Stack.script(Map.of("KELISIM_INSTANCE", "2"), "services.sh", "stop", service);
            }
        }
        if (!Stack.portOpen(Stack.pgPort())) {
            Stack.restart(Map.of(), "postgres.sh", "start");
        }
        if (!Stack.portOpen(Stack.kafkaPort())) {
            Stack.restart(Map.of(), "kafka.sh", "start");
        }
        for (String service : Stack.SERVICES) {
            try {
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> Stack.ready(service, 1));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                Stack.script("services.sh", "stop", service);
                Stack.restart(Map.of(), "services.sh", "start", service);
            }
        }
        awaitReady(Duration.ofMinutes(2));
    }

    /** Every scenario leaves the suite as it found it: each service ready again, on its own. */
    @AfterEach
    void suiteIsWholeAgain() {
        try {
            awaitReady(Duration.ofSeconds(90));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("not every service is ready after the scenario: "
                    + Stack.SERVICES.stream().filter(s -> !Stack.ready(s, 1)).toList(), e);
        }
    }

    static void awaitReady(Duration timeout) {
        await("every service ready").atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(() -> Stack.SERVICES.stream().allMatch(s -> Stack.ready(s, 1)));
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
