package kz.kelisim.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A request whose COMMIT meets a database shutdown. The transaction manager throws a
 * RollbackException without a cause and keeps the driver's error as a suppressed exception, and
 * the interceptor wraps that in an undeclared-throwable exception: the shape a PostgreSQL restart
 * produced in the fault tests, where it answered 500.
 */
class FailedCommitMappingTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    @DisplayName("A commit cut off by a PostgreSQL shutdown (57P01) answers 503 with Retry-After, not 500")
    void commit_cut_off_by_shutdown_is_503() {
        Response response = mappers.unexpected(failedCommit(new RollbackException("ARJUNA016053: Could not commit transaction."), "57P01"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(((Problem) response.getEntity()).type()).isEqualTo(Problem.TYPE_BASE + "unavailable");
    }

    @Test
    @DisplayName("A commit whose connection broke (08006) and came back heuristic answers 503")
    void heuristic_outcome_of_a_broken_connection_is_503() {
        Response response = mappers.unexpected(failedCommit(new HeuristicMixedException(), "08006"));

        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    @DisplayName("A commit that failed for a reason other than the database being away stays a 500")
    void commit_failed_for_another_reason_is_500() {
        Response response = mappers.unexpected(failedCommit(new RollbackException("ARJUNA016053: Could not commit transaction."), "XX000"));

        assertThat(response.getStatus()).isEqualTo(500);
    }

    @Test
    @DisplayName("A unique violation reported only as a suppressed exception of the commit is a concurrent request (409)")
    void unique_violation_at_commit_is_409() {
        Response response = mappers.unexpected(failedCommit(new RollbackException("ARJUNA016053: Could not commit transaction."), "23505"));

        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void failures_that_refer_to_each_other_are_walked_once() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.addSuppressed(second);

        assertThat(Failures.databaseUnreachable(first)).isFalse();
        assertThat(Causes.of(first)).containsExactly(first, second);
    }

    /** What the REST layer receives when COMMIT fails with the given SQLSTATE. */
    private static Throwable failedCommit(Exception fromTransactionManager, String sqlState) {
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", sqlState));
        fromTransactionManager.addSuppressed(xa);
        return new ArcUndeclaredThrowableException("Error invoking subclass method", fromTransactionManager);
    }
}
