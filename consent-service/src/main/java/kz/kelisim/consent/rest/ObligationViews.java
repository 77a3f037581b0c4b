package kz.kelisim.consent.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kz.kelisim.consent.StopObligation;
import kz.kelisim.kit.deadline.Countdown;
import kz.kelisim.consent.service.RevocationService;

/**
 * Maps obligations to views with their deadline state and countdown.
 */
@ApplicationScoped
public class ObligationViews {

    private final RevocationService revocations;
    private final Countdown countdown;

    public ObligationViews(RevocationService revocations, Countdown countdown) {
        this.revocations = revocations;
        this.countdown = countdown;
    }

    ObligationView of(StopObligation o) {
        var deadline = o.deadlineId() == null ? null : revocations.deadlineOf(o);
        return ObligationView.of(o, deadline == null ? null : deadline.state(), countdown);
    }

    List<ObligationView> of(List<StopObligation> obligations) {
        return obligations.stream().map(this::of).toList();
    }
}
