package kz.kelisim.objection.rest;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.objection.AutomatedDecision;
import kz.kelisim.objection.DecisionBasis;
import kz.kelisim.objection.ProcessingActivity;

/**
 * An automated decision as its subject reads it, with the explanation of the activity version
 * that made it (PDL-19-1.2).
 */
public record MyDecisionView(UUID id, String operatorId, String outcome, Instant decidedAt, boolean legalEffect,
                             DecisionBasis basis, Instant reversedAt, ExplanationView explanation) {

    static MyDecisionView of(AutomatedDecision d, ProcessingActivity activity, String language) {
        return new MyDecisionView(d.id(), d.operatorId(), d.outcome(), d.decidedAt(), d.legalEffect(), d.basis(),
                d.reversedAt(), ExplanationView.of(activity, language));
    }
}
