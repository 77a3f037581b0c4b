package kz.kelisim.kit.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Appends to the service's hash-chained audit log inside the transaction of the change it records.
 * The first append of a transaction takes the chain's lock and reads the last hash; later appends
 * in the same transaction chain on from what it wrote, so a batch pays for the lock once. Entries
 * are inserted in chain order on the transaction's connection while the lock is held, so the
 * database's sequence numbers follow the chain.
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

    /** An entry to append: what happened, to which aggregate, by whom. */
    public record Pending(Instant at, String actor, String operatorId, UUID aggregateId, String action, String detail) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Instant at, String actor, String operatorId, UUID aggregateId, String action, String detail) {
        appendAll(List.of(new Pending(at, actor, operatorId, aggregateId, action, detail)));
    }

    /**
     * Appends the entries in order, chained one to the next, with one batched insert: an import
     * chunk's hundreds of entries cost one round trip, not one each.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        String prev = (String) transaction.getResource(LAST_HASH);
        if (prev == null) {
            prev = entries.lockAndLastHash();
        }
        List<AuditEntry> chain = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            AuditEntry entry = AuditEntry.after(prev, p.at(), p.actor(), p.operatorId(), p.aggregateId(), p.action(), p.detail());
            chain.add(entry);
            prev = entry.hash();
        }
        entries.insertInOrder(chain);
        transaction.putResource(LAST_HASH, prev);
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
