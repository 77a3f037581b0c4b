package kz.kelisim.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One party's legal deadline as the events of the owning service describe it (PDL-8.7, PDL-19-1.3,
 * BRN-1), kept for the regulators' daily report: when it started, when it was due and how it ended.
 */
@Entity
@Table(name = "deadline_fact")
@IdClass(DeadlineFact.Key.class)
public class DeadlineFact {

    /** The deadline's identity: its aggregate (obligation, objection, incident) and the owing party. */
    public record Key(UUID aggregateId, String partyId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public static final String OPEN = "OPEN";
    public static final String BREACHED = "BREACHED";

    @Id
    @Column(name = "aggregate_id")
    private UUID aggregateId;
    @Id
    @Column(name = "party_id")
    private String partyId;
    private String kind;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "answered_at")
    private Instant answeredAt;
    private String state;

    protected DeadlineFact() {
    }

    public DeadlineFact(UUID aggregateId, String partyId, String kind, Instant receivedAt, Instant dueAt) {
        this.aggregateId = aggregateId;
        this.partyId = partyId;
        this.kind = kind;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
        this.state = OPEN;
    }

    /** The party answered; {@code outcome} is MET or MET_LATE as the owning service counted it. */
    public void answered(Instant at, String outcome) {
        answeredAt = at;
        state = outcome;
    }

    /** The owning service reported the deadline as breached; a later answer still makes it MET_LATE. */
    public void breached() {
        if (OPEN.equals(state)) {
            state = BREACHED;
        }
    }

    public void started(Instant receivedAt) {
        if (this.receivedAt == null) {
            this.receivedAt = receivedAt;
        }
    }

    /**
     * How the deadline stands at a moment, as the daily report counts it: MET when answered by the
     * due moment (24:00 of the last day, CC-178..180), MET_LATE when answered after it, OPEN while
     * unanswered and not yet due, BREACHED when unanswered and overdue.
     */
    public String outcomeAt(Instant now) {
        if (answeredAt != null) {
            return answeredAt.isBefore(dueAt) ? "MET" : "MET_LATE";
        }
        return now.isBefore(dueAt) ? OPEN : BREACHED;
    }

    public UUID aggregateId() {
        return aggregateId;
    }

    public String partyId() {
        return partyId;
    }

    public String kind() {
        return kind;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String state() {
        return state;
    }
}
