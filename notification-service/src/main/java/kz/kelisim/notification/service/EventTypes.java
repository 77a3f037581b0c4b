package kz.kelisim.notification.service;

import java.util.Map;
import java.util.Optional;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.consent.ConsentEnded;
import kz.kelisim.contracts.consent.ConsentGranted;
import kz.kelisim.contracts.consent.ConsentRevoked;
import kz.kelisim.contracts.consent.StopConfirmed;
import kz.kelisim.contracts.consent.StopRefused;
import kz.kelisim.contracts.deadline.DeadlineBreached;
import kz.kelisim.contracts.deadline.DeadlineReminderDue;
import kz.kelisim.contracts.notification.BreachReported;
import kz.kelisim.contracts.notification.SlaBreachReported;
import kz.kelisim.contracts.objection.AppealDecided;
import kz.kelisim.contracts.objection.DecisionRecorded;
import kz.kelisim.contracts.objection.ObjectionAppealed;
import kz.kelisim.contracts.objection.ObjectionReceived;
import kz.kelisim.contracts.objection.ObjectionResolved;

/**
 * The event types this service understands, by their CloudEvents type; any other type is recorded
 * as processed and otherwise ignored, so new producers never block this consumer.
 */
public final class EventTypes {

    private static final Map<String, Class<? extends DomainEvent>> KNOWN = Map.ofEntries(
            Map.entry(ConsentGranted.TYPE, ConsentGranted.class),
            Map.entry(ConsentEnded.EXPIRED_TYPE, ConsentEnded.class),
            Map.entry(ConsentEnded.ENDED_TYPE, ConsentEnded.class),
            Map.entry(ConsentRevoked.TYPE, ConsentRevoked.class),
            Map.entry(StopConfirmed.TYPE, StopConfirmed.class),
            Map.entry(StopRefused.TYPE, StopRefused.class),
            Map.entry(DecisionRecorded.TYPE, DecisionRecorded.class),
            Map.entry(ObjectionReceived.TYPE, ObjectionReceived.class),
            Map.entry(ObjectionResolved.TYPE, ObjectionResolved.class),
            Map.entry(ObjectionAppealed.TYPE, ObjectionAppealed.class),
            Map.entry(AppealDecided.TYPE, AppealDecided.class),
            Map.entry(DeadlineBreached.TYPE, DeadlineBreached.class),
            Map.entry(DeadlineReminderDue.TYPE, DeadlineReminderDue.class),
            Map.entry(BreachReported.TYPE, BreachReported.class),
            Map.entry(SlaBreachReported.TYPE, SlaBreachReported.class));

    private EventTypes() {
    }

    public static Optional<Class<? extends DomainEvent>> of(String type) {
        return Optional.ofNullable(KNOWN.get(type));
    }
}
