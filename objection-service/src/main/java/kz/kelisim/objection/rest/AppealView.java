package kz.kelisim.objection.rest;

import java.time.Instant;
import java.util.UUID;
import kz.kelisim.objection.Appeal;
import kz.kelisim.objection.AppealOutcome;
import kz.kelisim.objection.AppealStatus;
import kz.kelisim.objection.LocalizedText;

/**
 * An appeal to the regulator and, once decided, its outcome (PDL-19-1.3).
 */
public record AppealView(UUID id, String grounds, Instant appealedAt, AppealStatus status, AppealOutcome outcome,
                         LocalizedText explanation, String decidedBy, Instant decidedAt) {

    static AppealView of(Appeal a) {
        return a == null ? null : new AppealView(a.id(), a.grounds(), a.appealedAt(), a.status(), a.outcome(),
                a.explanation(), a.decidedBy(), a.decidedAt());
    }
}
