package kz.kelisim.consent.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import kz.kelisim.consent.AuditEntry;
import kz.kelisim.consent.repository.AuditRepository;

/**
 * Appends to the hash-chained audit log inside the transaction of the change it records.
 */
@ApplicationScoped
public class AuditLog {

    private final AuditRepository entries;

    public AuditLog(AuditRepository entries) {
        this.entries = entries;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Instant at, String actor, String operatorId, UUID aggregateId, String action, String detail) {
        String prev = entries.lockAndLastHash();
        entries.persist(AuditEntry.after(prev, at, actor, operatorId, aggregateId, action, detail));
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
