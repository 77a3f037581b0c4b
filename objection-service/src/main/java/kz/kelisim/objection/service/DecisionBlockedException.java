package kz.kelisim.objection.service;

import kz.kelisim.kit.problem.ProblemException;
import kz.kelisim.objection.DecisionOutcome;

/**
 * 422: an automated decision was refused. Its transaction still commits, so the
 * AutomatedDecisionBlocked event reaches the regulator while nothing of the decision is stored.
 */
public class DecisionBlockedException extends ProblemException {

    DecisionBlockedException(String slug, String title, String detail) {
        super(422, slug, title, detail);
    }

    static DecisionBlockedException of(DecisionOutcome.BlockReason reason, String activityCode, String purposeCode) {
        return switch (reason) {
            case NO_LAWFUL_BASIS -> new DecisionBlockedException("pdl-19-1-1-no-lawful-basis",
                    "Automated decision with legal effect without a lawful basis (PDL-19-1.1)",
                    "Activity '" + activityCode + "' has legal effect and relies on consent for purpose '" + purposeCode
                            + "', but the subject had no valid consent for it at the moment of the decision; the decision was not recorded");
            case DECIDED_BEFORE_PUBLICATION -> new DecisionBlockedException("pdl-19-1-1-decided-before-publication",
                    "Automated decision dated before its activity was published (PDL-19-1.1, PDL-19-1.2)",
                    "decidedAt is earlier than the publication of activity '" + activityCode + "': automated processing "
                            + "starts only once it is explained to the subject, so an earlier decision cannot be recorded");
            case CONSENT_WITHOUT_AUTOMATED_PROCESSING -> new DecisionBlockedException(
                    "pdl-19-1-1-consent-without-automated-processing",
                    "Automated decision with legal effect under a consent that does not cover automated processing (PDL-19-1.1)",
                    "Activity '" + activityCode + "' has legal effect and relies on consent for purpose '" + purposeCode
                            + "', but that purpose does not declare automated processing, so the subject's consent does not "
                            + "cover this decision; register a purpose version with automated: true and ask for consent to it");
            case OBJECTION_PENDING -> new DecisionBlockedException("pdl-19-1-2-stop-requested",
                    "The subject asked to stop this automated processing (PDL-19-1.2)",
                    "The subject's objection asking to stop activity '" + activityCode
                            + "' is open or was upheld; no new decision with legal effect may be recorded");
        };
    }
}
