package kz.kelisim.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.deadline.DeadlineBreached;
import kz.kelisim.contracts.notification.SlaBreachReported;

/**
 * A missed legal deadline as the regulator records it, one per deadline: a stop obligation
 * (PDL-8.7), an objection review (PDL-19-1.3) or a breach report (BRN-1).
 */
@Entity
@Table(name = "sla_breach")
public class SlaBreach {

    @Id
    private UUID id;
    @Column(name = "deadline_id")
    private UUID deadlineId;
    private String kind;
    @Column(name = "operator_id")
    private String operatorId;
    @Column(name = "subject_ref")
    private String subjectRef;
    @Column(name = "aggregate_id")
    private UUID aggregateId;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "breached_at")
    private Instant breachedAt;
    @Column(name = "source_topic")
    private String sourceTopic;

    protected SlaBreach() {
    }

    public SlaBreach(UUID deadlineId, String kind, String operatorId, String subjectRef, UUID aggregateId, Instant dueAt,
                     Instant breachedAt, String sourceTopic) {
        this.id = UUID.randomUUID();
        this.deadlineId = deadlineId;
        this.kind = kind;
        this.operatorId = operatorId;
        this.subjectRef = subjectRef;
        this.aggregateId = aggregateId;
        this.dueAt = dueAt;
        this.breachedAt = breachedAt;
        this.sourceTopic = sourceTopic;
    }

    public static SlaBreach of(DeadlineBreached breached, String sourceTopic) {
        return new SlaBreach(breached.deadlineId(), breached.kind(), breached.ownerId(), breached.subjectRef(),
                breached.aggregateId(), breached.dueAt(), breached.occurredAt(), sourceTopic);
    }

    /** The report for regulators' systems. */
    public SlaBreachReported reported(Instant at) {
        return new SlaBreachReported(UUID.randomUUID(), at, subjectRef, id, deadlineId, kind, operatorId, aggregateId,
                dueAt, breachedAt, sourceTopic);
    }

    public UUID id() {
        return id;
    }

    public UUID deadlineId() {
        return deadlineId;
    }

    public String kind() {
        return kind;
    }

    public String operatorId() {
        return operatorId;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public UUID aggregateId() {
        return aggregateId;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant breachedAt() {
        return breachedAt;
    }

    public String sourceTopic() {
        return sourceTopic;
    }
}
