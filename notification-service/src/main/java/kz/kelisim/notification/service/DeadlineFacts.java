package kz.kelisim.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.consent.ConsentRevoked;
import kz.kelisim.contracts.consent.StopConfirmed;
import kz.kelisim.contracts.consent.StopRefused;
import kz.kelisim.contracts.deadline.DeadlineBreached;
import kz.kelisim.contracts.objection.ObjectionReceived;
import kz.kelisim.contracts.objection.ObjectionResolved;
import kz.kelisim.notification.BreachIncident;
import kz.kelisim.notification.DeadlineFact;
import kz.kelisim.notification.repository.DeadlineFactRepository;

/**
 * Keeps the regulators' picture of every legal deadline from the events that open, answer and
 * breach them: stop obligations (PDL-8.7), objection reviews (PDL-19-1.3) and breach reports (BRN-1).
 */
@ApplicationScoped
public class DeadlineFacts {

    private final DeadlineFactRepository facts;

    public DeadlineFacts(DeadlineFactRepository facts) {
        this.facts = facts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(DomainEvent event) {
        if (event instanceof ConsentRevoked e) {
            e.obligations().forEach(o -> opened(o.obligationId(), o.partyId(), "STOP_PROCESSING", e.receivedAt(), o.dueAt()));
        } else if (event instanceof StopConfirmed e) {
            answered(e.obligationId(), e.partyId(), "STOP_PROCESSING", e.dueAt(), e.stoppedAt(), e.outcome());
        } else if (event instanceof StopRefused e) {
            answered(e.obligationId(), e.partyId(), "STOP_PROCESSING", e.dueAt(), e.occurredAt(), e.outcome());
        } else if (event instanceof ObjectionReceived e) {
            opened(e.objectionId(), e.operatorId(), "OBJECTION_REVIEW", e.receivedAt(), e.dueAt());
        } else if (event instanceof ObjectionResolved e) {
            facts.of(e.objectionId(), e.operatorId()).ifPresent(f -> f.answered(e.resolvedAt(), e.reviewState()));
        } else if (event instanceof DeadlineBreached e) {
            fact(e.aggregateId(), e.ownerId(), e.kind(), null, e.dueAt()).breached();
        }
    }

    /** BRN-1: a breach report opens and answers its deadline at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void breachReported(BreachIncident incident) {
        fact(incident.id(), incident.operatorId(), "BREACH_REPORT", incident.detectedAt(), incident.dueAt())
                .answered(incident.reportedAt(), incident.reportState());
    }

    private void opened(UUID aggregateId, String partyId, String kind, Instant receivedAt, Instant dueAt) {
        fact(aggregateId, partyId, kind, receivedAt, dueAt).started(receivedAt);
    }

    private void answered(UUID aggregateId, String partyId, String kind, Instant dueAt, Instant at, String outcome) {
        fact(aggregateId, partyId, kind, null, dueAt).answered(at, outcome);
    }

    private DeadlineFact fact(UUID aggregateId, String partyId, String kind, Instant receivedAt, Instant dueAt) {
        return facts.of(aggregateId, partyId).orElseGet(() -> {
            DeadlineFact created = new DeadlineFact(aggregateId, partyId, kind, receivedAt, dueAt);
            facts.persist(created);
            return created;
        });
    }
}
