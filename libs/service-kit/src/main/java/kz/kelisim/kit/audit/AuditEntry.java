package kz.kelisim.kit.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One leaf of the service's Merkle audit log: what happened, to which aggregate, by whom, for which
 * operator and when. Rows are only ever inserted; the sequencer gives each its index in the tree.
 */
@Entity
@Table(name = "audit_leaf")
public class AuditEntry {

    /** The first byte of every leaf's bytes: the version of the encoding below. */
    static final byte FORMAT = 1;

    @Id
    private Long id;
    private Instant at;
    private String actor;
    @Column(name = "operator_id")
    private String operatorId;
    @Column(name = "aggregate_id")
    private UUID aggregateId;
    private String action;
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(long id, Instant at, String actor, String operatorId, UUID aggregateId, String action, String detail) {
        this.id = id;
        this.at = at;
        this.actor = actor;
        this.operatorId = operatorId;
        this.aggregateId = aggregateId;
        this.action = action;
        this.detail = detail;
    }

    /**
     * The bytes the leaf hash covers (RFC 9162's "leaf input"): the format byte, then the id, the
     * instant (ISO-8601 UTC, to the microsecond PostgreSQL keeps), actor, operator, aggregate,
     * action and detail, each as a 4-byte big-endian length and its UTF-8 bytes; an absent operator
     * is the length 0xFFFFFFFF with no bytes. Lengths make the encoding unambiguous whatever a
     * field contains.
     */
    public byte[] leafBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 + detail.length());
        out.write(FORMAT);
        field(out, Long.toString(id));
        field(out, at.truncatedTo(ChronoUnit.MICROS).toString());
        field(out, actor);
        field(out, operatorId);
        field(out, aggregateId.toString());
        field(out, action);
        field(out, detail);
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    public byte[] leafHash() {
        return Merkle.leafHash(leafBytes());
    }

    /** The database's number for the leaf, in insertion order; not its index in the tree. */
    public Long id() {
        return id;
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
}
