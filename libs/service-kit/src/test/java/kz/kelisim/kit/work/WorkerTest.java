package kz.kelisim.kit.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkerTest {

    static final long AN_HOUR = TimeUnit.HOURS.toMillis(1);

    @Test
    @DisplayName("A wake-up ends an hour's pause at once, and stop ends the loop in the middle of one")
    void wake_and_stop() throws Exception {
        Worker worker = new Worker("test-worker");
        CountDownLatch rounds = new CountDownLatch(2);
        CountDownLatch ended = new CountDownLatch(1);
        worker.start(() -> {
            while (worker.running()) {
                rounds.countDown();
                if (!worker.pause(AN_HOUR)) {
                    break;
                }
            }
            ended.countDown();
        });
        worker.wake();
        assertThat(rounds.await(30, TimeUnit.SECONDS)).as("a second round after the wake-up, not after an hour").isTrue();
        worker.stop();
        assertThat(worker.running()).isFalse();
        assertThat(ended.getCount()).as("the loop ended when the worker stopped").isZero();
    }

    @Test
    @DisplayName("Without a wake-up, a pause lasts its interval")
    void pause_without_wake_up_waits() {
        Worker worker = new Worker("idle");
        long start = System.nanoTime();
        assertThat(worker.pause(50)).isTrue();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
    }
}
