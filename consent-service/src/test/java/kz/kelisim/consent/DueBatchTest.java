package kz.kelisim.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.kelisim.kit.deadline.DeadlineKind;
import kz.kelisim.kit.deadline.Deadlines;
import kz.kelisim.kit.deadline.TrackedDeadline;
import kz.kelisim.kit.work.DueBatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The kit's {@link DueBatch} against the real PostgreSQL (the kit's own tests have no database): each
 * test makes deadlines of an owner of its own and a job that marks them reminded, so only its rows are due.
 */
@QuarkusTest
class DueBatchTest {

    private static final String TOPIC = "due-batch-test";

    @Inject
    Deadlines deadlines;
    @Inject
    EntityManager em;

    private String owner;
    private final Instant now = Instant.now();

    @BeforeEach
    void ownerOfItsOwn() {
        owner = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    @Test
    @DisplayName("A run goes on while batches come back full and stops at the first short one")
    void drains_while_batches_are_full() {
        List<UUID> ids = open(7);
        List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
        DueBatch<TrackedDeadline> job = job(3).forBatch((rows, at) -> {
            batches.add(rows.size());
            rows.forEach(d -> d.remind(at, TOPIC));
        });

        assertThat(job.drain(now)).isEqualTo(7);

        assertThat(batches).containsExactly(3, 3, 1);
        assertThat(unreminded(ids)).isEmpty();
        assertThat(job.drain(now)).as("nothing is due any more").isZero();
    }

    @Test
    @DisplayName("Two runners at once never take the same row: the second skips the rows the first holds locked")
    void two_runners_never_take_the_same_row() throws Exception {
        List<UUID> ids = open(6);
        CountDownLatch firstHoldsItsBatch = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        Set<UUID> first = Collections.synchronizedSet(new HashSet<>());
        Set<UUID> second = Collections.synchronizedSet(new HashSet<>());
        AtomicBoolean secondFinishedWhileFirstHeld = new AtomicBoolean();
        DueBatch<TrackedDeadline> a = job(3).forBatch((rows, at) -> {
            rows.forEach(d -> first.add(d.id()));
            firstHoldsItsBatch.countDown();
            try {
                // Without SKIP LOCKED the second runner would wait on these rows and never finish in time.
                secondFinishedWhileFirstHeld.set(secondDone.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            rows.forEach(d -> d.remind(at, TOPIC));
        });
        DueBatch<TrackedDeadline> b = job(3).forEach((d, at) -> {
            second.add(d.id());
            d.remind(at, TOPIC);
        });

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> runA = pool.submit(() -> a.runOnce(now));
            Future<Integer> runB = pool.submit(() -> {
                assertThat(firstHoldsItsBatch.await(30, TimeUnit.SECONDS)).as("the first runner locked its batch").isTrue();
                try {
                    return b.runOnce(now);
                } finally {
                    secondDone.countDown();
                }
            });
            assertThat(runB.get(60, TimeUnit.SECONDS)).isEqualTo(3);
            assertThat(runA.get(60, TimeUnit.SECONDS)).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }

        assertThat(secondFinishedWhileFirstHeld).as("the second runner finished while the first held its rows").isTrue();
        assertThat(first).hasSize(3).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(3);
        Set<UUID> both = new HashSet<>(first);
        both.addAll(second);
        assertThat(both).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(unreminded(ids)).isEmpty();
    }

    @Test
    @DisplayName("A row that fails rolls its batch back: no row of it is lost or half-done, and the next run takes them all")
    void a_failing_row_loses_none_of_the_others() {
        List<UUID> ids = open(5);
        UUID poisoned = ids.get(2);
        AtomicBoolean failing = new AtomicBoolean(true);
        DueBatch<TrackedDeadline> job = job(10).forEach((d, at) -> {
            if (failing.get() && d.id().equals(poisoned)) {
                throw new IllegalStateException("row " + d.id() + " cannot be processed now");
            }
            d.remind(at, TOPIC);
        });

        assertThatThrownBy(() -> job.runOnce(now)).hasMessageContaining("cannot be processed now");
        assertThat(unreminded(ids)).as("rows of the failed batch, still due").containsExactlyInAnyOrderElementsOf(ids);

        failing.set(false);
        assertThat(job.runOnce(now)).isEqualTo(5);
        assertThat(unreminded(ids)).isEmpty();
    }

    @Test
    @DisplayName("A wake-up runs the job at once, without waiting for its hour's interval")
    void a_wake_up_runs_the_job_before_its_interval() throws Exception {
        List<UUID> before = open(2);
        List<UUID> processed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstRound = new CountDownLatch(before.size());
        CountDownLatch afterWakeUp = new CountDownLatch(before.size() + 3);
        DueBatch<TrackedDeadline> job = DueBatch.of(TrackedDeadline.class, em, Clock.systemUTC())
                .named("due-batch-test")
                .due("owner_id = '" + owner + "' AND reminded_at IS NULL AND received_at <= :now")
                .orderBy("id")
                .batchSize(10)
                .every("1h")
                .forEach((d, at) -> {
                    d.remind(at, TOPIC);
                    processed.add(d.id());
                    firstRound.countDown();
                    afterWakeUp.countDown();
                });
        job.start();
        try {
            assertThat(firstRound.await(30, TimeUnit.SECONDS)).as("the first round runs when the worker starts").isTrue();
            List<UUID> later = open(3);
            job.wake();
            assertThat(afterWakeUp.await(30, TimeUnit.SECONDS)).as("a round after the wake-up, not after an hour").isTrue();
            assertThat(processed).containsExactlyInAnyOrderElementsOf(concat(before, later));
        } finally {
            job.stop();
        }
    }

    /** A job over this test's deadlines that are not yet reminded; its interval is off, so only the test runs it. */
    private DueBatch.Builder<TrackedDeadline> job(int batchSize) {
        return DueBatch.of(TrackedDeadline.class, em, Clock.systemUTC())
                .named("due-batch-test")
                .due("owner_id = '" + owner + "' AND reminded_at IS NULL AND received_at <= :now")
                .orderBy("id")
                .batchSize(batchSize)
                .every("off");
    }

    private List<UUID> open(int n) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add(deadlines.open(DeadlineKind.STOP_PROCESSING, owner, "ref-" + i, UUID.randomUUID(),
                        now.minusSeconds(60)).id());
            }
            return ids;
        });
    }

    private List<UUID> unreminded(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ids.stream()
                .filter(id -> em.find(TrackedDeadline.class, id).history().stream()
                        .noneMatch(c -> c.change().equals("REMINDED")))
                .toList());
    }

    private static List<UUID> concat(List<UUID> a, List<UUID> b) {
        List<UUID> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
