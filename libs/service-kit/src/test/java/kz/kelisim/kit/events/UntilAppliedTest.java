package kz.kelisim.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import kz.kelisim.kit.problem.Failures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UntilAppliedTest {

    @Test
    @DisplayName("A good event is applied once the database is back, not dead-lettered during the outage")
    void waits_out_a_database_outage() {
        AtomicInteger attempts = new AtomicInteger();
        UntilApplied.run("test", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("flush failed",
                        new SQLException("terminating connection due to administrator command", "57P01"));
            }
        });
        assertThat(attempts).hasValue(3);
    }

    @Test
    @DisplayName("A good event whose COMMIT was cut off by a database shutdown is retried, not dead-lettered")
    void waits_out_a_commit_cut_off_by_a_shutdown() {
        AtomicInteger attempts = new AtomicInteger();
        UntilApplied.run("test", () -> {
            if (attempts.incrementAndGet() < 2) {
                // The transaction manager keeps the driver's error only as a suppressed exception.
                IllegalStateException commitFailed = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
                commitFailed.addSuppressed(new SQLException("terminating connection due to administrator command", "57P01"));
                throw commitFailed;
            }
        });
        assertThat(attempts).hasValue(2);
    }

    @Test
    @DisplayName("Any other failure is not retried: the event goes to the dead-letter topic")
    void other_failures_are_not_retried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> UntilApplied.run("test", () -> {
            attempts.incrementAndGet();
            throw new MalformedEventException("missing id");
        })).isInstanceOf(MalformedEventException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void database_outages_are_recognised() {
        assertThat(Failures.databaseUnreachable(new RuntimeException(new SQLException("refused", "08006")))).isTrue();
        assertThat(Failures.databaseUnreachable(new RuntimeException(new SQLException("shutting down", "57P01")))).isTrue();
        assertThat(Failures.databaseUnreachable(new SQLException("Sorry, acquisition timeout!"))).isTrue();
        assertThat(Failures.databaseUnreachable(new RuntimeException(new SQLException("unique", "23505")))).isFalse();
        assertThat(Failures.databaseUnreachable(new IllegalArgumentException("bad"))).isFalse();
    }
}
