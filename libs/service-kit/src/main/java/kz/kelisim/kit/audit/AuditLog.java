package kz.kelisim.kit.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Appends to the service's Merkle audit log inside the transaction of the change it records. An
 * append only inserts leaf rows: it takes no lock and reads nothing, so writers never wait for one
 * another. The {@link AuditSequencer} gives the committed leaves their indexes and signs the tree.
 */
@ApplicationScoped
public class AuditLog {

    private final AuditRepository entries;
    private final AuditVerifier verifier;

    public AuditLog(AuditRepository entries, AuditVerifier verifier) {
        this.entries = entries;
        this.verifier = verifier;
    }

    /** An entry to append: what happened, to which aggregate, by whom. */
    public record Pending(Instant at, String actor, String operatorId, UUID aggregateId, String action, String detail) {
        public Pending {
            // PostgreSQL keeps microseconds; the leaf hash covers exactly what is stored.
            at = at.truncatedTo(ChronoUnit.MICROS);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Instant at, String actor, String operatorId, UUID aggregateId, String action, String detail) {
        appendAll(List.of(new Pending(at, actor, operatorId, aggregateId, action, detail)));
    }

    /** Appends the entries, in order, with one batched insert: an import chunk's hundreds of entries cost one round trip. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<Pending> pending) {
        if (!pending.isEmpty()) {
            entries.insert(pending);
        }
    }

    /** What a check of the whole log found; {@code firstBrokenIndex} is null when it is intact. */
    public record Verification(boolean intact, long entries, long treeSize, Long firstBrokenIndex, String problem) {
    }

    /** Recomputes the tree from the leaves and checks it against every signed head (see {@link AuditVerifier}). */
    public Verification verify() {
        return verifier.verify();
    }
}
