package kz.kelisim.consent;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.kelisim.kit.deadline.DeadlineKind;
import kz.kelisim.kit.deadline.DeadlineScanner;
import kz.kelisim.kit.deadline.DeadlineState;
import kz.kelisim.kit.deadline.Deadlines;
import kz.kelisim.kit.deadline.TrackedDeadline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeadlineEngineTest {

    @Inject
    Deadlines deadlines;
    @Inject
    DeadlineScanner scanner;
    @Inject
    EntityManager em;

    @Test
    @DisplayName("PDL-8.7: two scanners racing over N overdue deadlines breach each exactly once, with exactly one event each")
    void two_scanners_breach_each_deadline_once() throws Exception {
        int n = 60;
        List<UUID> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < n; i++) {
                ids.add(deadlines.open(DeadlineKind.STOP_PROCESSING, "050140001238", "ref-" + i, UUID.randomUUID(),
                        Instant.parse("2025-01-06T05:00:00Z")).id());
            }
        });
        Instant now = Instant.now();
        Callable<Integer> instance = () -> {
            int total = 0;
            int batch;
            while ((batch = scanner.breachDue(now)) > 0) {
                total += batch;
            }
            return total;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(instance);
            Future<Integer> b = pool.submit(instance);
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }

        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID id : ids) {
                TrackedDeadline d = em.find(TrackedDeadline.class, id);
                assertThat(d.state()).isEqualTo(DeadlineState.BREACHED);
                assertThat(d.history().stream().filter(c -> c.change().equals("BREACHED"))).hasSize(1);
                long events = (Long) em.createNativeQuery("""
                                SELECT count(*) FROM outbox_event
                                WHERE event_type = 'kz.kelisim.deadline.breached.v1' AND payload LIKE ?1""", Long.class)
                        .setParameter(1, "%\"deadlineId\":\"" + id + "\"%").getSingleResult();
                assertThat(events).as("breach events of deadline %s", id).isEqualTo(1L);
            }
        });
    }

    @Test
    @DisplayName("A reminder goes out once, one working day before the due date, and the deadline stays open")
    void reminder_goes_out_once_before_the_due_date() {
        UUID id = QuarkusTransaction.requiringNew().call(() -> deadlines.open(DeadlineKind.OBJECTION_REVIEW,
                "050140001238", "ref", UUID.randomUUID(), Instant.parse("2026-12-07T06:00:00Z")).id());
        TrackedDeadline opened = find(id);
        // Received Monday 7 Dec: 3 working days end Thursday 10 Dec; the reminder starts Wednesday 9 Dec.
        assertThat(opened.dueAt()).isEqualTo(Instant.parse("2026-12-10T19:00:00Z"));
        assertThat(opened.remindAt()).isEqualTo(Instant.parse("2026-12-08T19:00:00Z"));

        Instant dayBefore = Instant.parse("2026-12-09T06:00:00Z");
        scanner.remindDue(dayBefore);
        scanner.remindDue(dayBefore);
        scanner.breachDue(dayBefore);

        TrackedDeadline after = find(id);
        assertThat(after.state()).isEqualTo(DeadlineState.OPEN);
        assertThat(after.history().stream().filter(c -> c.change().equals("REMINDED"))).hasSize(1);
    }

    @Test
    @DisplayName("An answer before the due moment is MET; after a breach it is MET_LATE")
    void answers_in_time_and_late() {
        UUID inTime = QuarkusTransaction.requiringNew().call(() -> deadlines.open(DeadlineKind.STOP_PROCESSING,
                "050140001238", "ref", UUID.randomUUID(), Instant.parse("2026-12-07T06:00:00Z")).id());
        QuarkusTransaction.requiringNew().run(() ->
                assertThat(em.find(TrackedDeadline.class, inTime).answer(Instant.parse("2026-12-08T06:00:00Z")))
                        .isEqualTo(DeadlineState.MET));

        UUID late = QuarkusTransaction.requiringNew().call(() -> deadlines.open(DeadlineKind.BREACH_REPORT,
                "050140001238", "ref", UUID.randomUUID(), Instant.parse("2025-03-03T06:00:00Z")).id());
        while (scanner.breachDue(Instant.now()) > 0) {
            // drain every overdue deadline, whoever opened it
        }
        QuarkusTransaction.requiringNew().run(() ->
                assertThat(em.find(TrackedDeadline.class, late).answer(Instant.now())).isEqualTo(DeadlineState.MET_LATE));
        assertThat(find(late).history()).extracting(c -> c.change()).containsExactly("OPENED", "BREACHED", "MET_LATE");
    }

    private TrackedDeadline find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(TrackedDeadline.class, id));
    }
}
