package kz.kelisim.kit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.Sha256;

/**
 * One link of the service's hash-chained audit log: its hash covers its content and the previous
 * entry's hash, so a changed or removed entry is detectable.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** The hash the first entry chains to. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;
    private Instant at;
    private String actor;
    @Column(name = "operator_id")
    private String operatorId;
    @Column(name = "aggregate_id")
    private UUID aggregateId;
    private String action;
    private String detail;
    @Column(name = "prev_hash")
    private String prevHash;
    private String hash;

    protected AuditEntry() {
    }

    public static AuditEntry after(String prevHash, Instant at, String actor, String operatorId, UUID aggregateId,
                                   String action, String detail) {
        AuditEntry e = new AuditEntry();
        // PostgreSQL keeps microseconds; the hash must cover exactly what is stored.
        e.at = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        e.actor = actor;
        e.operatorId = operatorId;
        e.aggregateId = aggregateId;
        e.action = action;
        e.detail = detail;
        e.prevHash = prevHash;
        e.hash = e.computeHash();
        return e;
    }

    /** Recomputes the hash from the stored content; differs from {@link #hash()} when the row was altered. */
    public String computeHash() {
        String canonical = String.join("\n", prevHash, at.truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString(),
                actor, String.valueOf(operatorId), aggregateId.toString(), action, detail);
        return Sha256.hex(canonical);
    }

    public Long seq() {
        return seq;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String operatorId() {
        return operatorId;
    }

    public UUID aggregateId() {
        return aggregateId;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
