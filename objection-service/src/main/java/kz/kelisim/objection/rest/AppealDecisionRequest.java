package kz.kelisim.objection.rest;

import jakarta.validation.constraints.NotNull;
import kz.kelisim.objection.AppealOutcome;
import kz.kelisim.objection.LocalizedText;

/**
 * The body of {@code POST /api/v1/appeals/{id}/decision}: the regulator's outcome, explained in kk and ru.
 */
public record AppealDecisionRequest(@NotNull AppealOutcome outcome, LocalizedText explanation) {
}
