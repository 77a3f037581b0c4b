package kz.kelisim.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * An event one service publishes for the others: past tense, versioned by its type name, and keyed
 * by the subject's pseudonym (never the raw IIN).
 */
public interface DomainEvent {

    UUID eventId();

    Instant occurredAt();

    /** The subject's pseudonym, see {@link SubjectPseudonym}. */
    String subjectRef();

    /** The CloudEvents type, for example {@code kz.kelisim.consent.granted.v1}. */
    String type();

    /** The topic this event is published on. */
    String topic();
}
