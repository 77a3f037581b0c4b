package kz.kelisim.objection;

import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.objection.AutomatedDecisionBlocked;
import kz.kelisim.contracts.objection.DecisionRecorded;

/**
 * What the PDL-19-1.1 check made of a decision: recorded with its event, or blocked with the event
 * that lets the regulator see the attempt.
 */
public sealed interface DecisionOutcome {

    DomainEvent event();

    /** The decision may be stored. */
    record Recorded(AutomatedDecision decision, DecisionRecorded event) implements DecisionOutcome {
    }

    /** The decision is refused; nothing of it is stored. */
    record Blocked(AutomatedDecisionBlocked event, BlockReason reason) implements DecisionOutcome {
    }

    /** Why a decision was refused. */
    enum BlockReason {
        /** PDL-19-1.1: legal effect, basis CONSENT, and no valid consent at the moment of the decision. */
        NO_LAWFUL_BASIS,
        /** The subject asked to stop this automated processing and that request stands (PDL-19-1.2). */
        OBJECTION_PENDING,
        /** PDL-19-1.1, PDL-19-1.2: dated before the activity was published and explained to the subject. */
        DECIDED_BEFORE_PUBLICATION,
        /**
         * PDL-19-1.1: legal effect, basis CONSENT, and the subject's valid consent is for a purpose that does not
         * declare automated processing, so the subject never consented to being decided about by a machine.
         */
        CONSENT_WITHOUT_AUTOMATED_PROCESSING
    }
}
