package kz.kelisim.objection.rest;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.objection.AutomatedDecision;
import kz.kelisim.objection.DecisionBasis;

/**
 * An automated decision as its operator sees it, with the basis that allowed it (PDL-19-1.1).
 */
public record DecisionView(UUID id, UUID activityId, String activityCode, String subjectIin, String outcome,
                           Instant decidedAt, Instant recordedAt, boolean legalEffect, DecisionBasis basis,
                           UUID consentId, String lawReference, Instant reversedAt) {

    static DecisionView of(AutomatedDecision d) {
        return new DecisionView(d.id(), d.activityId(), d.activityCode(), d.subjectIin(), d.outcome(), d.decidedAt(),
                d.recordedAt(), d.legalEffect(), d.basis(), d.consentId(), d.lawReference(), d.reversedAt());
    }
}
