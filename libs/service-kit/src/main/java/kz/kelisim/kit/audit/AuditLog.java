package kz.kelisim.kit.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Appends to the service's hash-chained audit log inside the transaction of the change it records.
 * The first append of a transaction takes the chain's lock and reads the last hash; later appends
 * in the same transaction chain on from what it wrote, so a batch pays for the lock once.
 */
@ApplicationScoped
public class AuditLog {

    private static final Object LAST_HASH = AuditLog.class.getName() + ".lastHash";

    private final AuditRepository entries;
    private final TransactionSynchronizationRegistry transaction;

    public AuditLog(AuditRepository entries, TransactionSynchronizationRegistry transaction) {
        this.entries = entries;
        this.transaction = transaction;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Instant at, String actor, String operatorId, UUID aggregateId, String action, String detail) {
        String prev = (String) transaction.getResource(LAST_HASH);
        if (prev == null) {
            prev = entries.lockAndLastHash();
        }
        AuditEntry entry = AuditEntry.after(prev, at, actor, operatorId, aggregateId, action, detail);
        entries.persist(entry);
        transaction.putResource(LAST_HASH, entry.hash());
    }

    /** What a check of the whole chain found. */
    public record Verification(boolean intact, long entries, Long firstBrokenSeq) {
    }

    /** Recomputes every hash and link in order; the first mismatch is where tampering starts. */
    @Transactional
    public Verification verify() {
        String prev = AuditEntry.GENESIS;
        long count = 0;
        long after = 0;
        while (true) {
            var page = entries.page(null, after, 1000);
            if (page.isEmpty()) {
                return new Verification(true, count, null);
            }
            for (AuditEntry e : page) {
                if (!e.prevHash().equals(prev) || !e.computeHash().equals(e.hash())) {
                    return new Verification(false, count, e.seq());
                }
                prev = e.hash();
                after = e.seq();
                count++;
            }
            entries.getEntityManager().clear();
        }
    }
}
