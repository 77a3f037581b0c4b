package kz.kelisim.kit.deadline;

import java.time.Duration;
import java.time.Instant;
import kz.kelisim.kit.problem.InvalidInputException;

/**
 * The time of receipt an operator's staff enter for a revocation or an objection that reached them
 * outside Kelisim (on paper, by e-mail, at a branch). The legal term counts from it (PDL-8.7,
 * PDL-19-1.3), so it must be a moment that has passed, and recent: a receipt is entered when it
 * arrives, not weeks later, when its term would already be mostly or wholly spent.
 */
public final class ReceivedAt {

    /** How long after its receipt a revocation or objection may still be entered. */
    public static final Duration LATEST_ENTRY = Duration.ofDays(30);

    private ReceivedAt() {
    }

    /** {@code receivedAt}, or a 400 naming the field when it is missing, in the future or too long ago. */
    public static Instant check(Instant receivedAt, Instant now) {
        if (receivedAt == null) {
            throw InvalidInputException.field("receivedAt", "is required: when the operator received it");
        }
        if (receivedAt.isAfter(now)) {
            throw InvalidInputException.field("receivedAt", "must not be in the future");
        }
        if (receivedAt.isBefore(now.minus(LATEST_ENTRY))) {
            throw InvalidInputException.field("receivedAt", "must be at most " + LATEST_ENTRY.toDays()
                    + " days ago: enter a receipt as soon as it arrives");
        }
        return receivedAt;
    }
}
