package kz.kelisim.objection.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import kz.kelisim.kit.problem.ConflictException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Turns a lost race between two concurrent requests (the same Idempotency-Key, or two answers to one
 * objection) into a 409 the client can retry, instead of a 500 at commit.
 */
final class ConcurrentWrites {

    private ConcurrentWrites() {
    }

    /** Flushes inside the transaction, so a unique key or version conflict surfaces here. */
    static void flush(EntityManager em, String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw conflict(what);
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw conflict(what);
            }
            throw e;
        }
    }

    private static ConflictException conflict(String what) {
        return new ConflictException("concurrent-request", "A concurrent request changed this first",
                what + " was changed by a concurrent request; retry to see its result");
    }
}
