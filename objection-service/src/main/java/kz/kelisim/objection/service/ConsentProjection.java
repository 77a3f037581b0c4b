package kz.kelisim.objection.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import kz.kelisim.contracts.consent.ConsentEnded;
import kz.kelisim.contracts.consent.ConsentGranted;
import kz.kelisim.contracts.consent.ConsentRevoked;
import kz.kelisim.kit.events.IncomingEvent;
import kz.kelisim.kit.events.ProcessedEvents;
import kz.kelisim.objection.ProjectedConsent;
import kz.kelisim.objection.repository.ConsentProjectionRepository;

/**
 * Keeps this service's projection of consents from consent-events, exactly once per event, and
 * answers the PDL-19-1.1 question "did the subject consent to this purpose at that moment?".
 * The lag between an event and its application is measured as {@code kelisim.consent.projection.lag}.
 */
@ApplicationScoped
public class ConsentProjection {

    static final String CONSUMER = "objection-service.consent-events";

    private final ConsentProjectionRepository consents;
    private final ProcessedEvents processed;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Timer lag;

    public ConsentProjection(ConsentProjectionRepository consents, ProcessedEvents processed, ObjectMapper mapper,
                             Clock clock, MeterRegistry registry) {
        this.consents = consents;
        this.processed = processed;
        this.mapper = mapper;
        this.clock = clock;
        this.lag = Timer.builder("kelisim.consent.projection.lag")
                .description("Time from a consent event to its application in objection-service's projection")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    /** Applies one event; returns false when it was already applied (a redelivery or a replay). */
    @Transactional
    public boolean apply(IncomingEvent event) {
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            return false;
        }
        Instant now = clock.instant();
        switch (event.type()) {
            case ConsentGranted.TYPE -> {
                ConsentGranted g = event.dataAs(mapper, ConsentGranted.class);
                ProjectedConsent row = row(g.consentId(), g.subjectRef(), g.operatorId(), g.purposeCode());
                row.granted(g.occurredAt(), g.validUntil(), g.automatedProcessing(), event.time(), now);
                save(row);
            }
            case ConsentRevoked.TYPE -> {
                ConsentRevoked r = event.dataAs(mapper, ConsentRevoked.class);
                // PDL-19-1.1 asks whether the subject consents now: from the revocation's receipt on, they do not.
                Instant at = r.receivedAt() != null ? r.receivedAt() : r.occurredAt();
                ProjectedConsent row = row(r.consentId(), r.subjectRef(), r.operatorId(), r.purposeCode());
                row.ended(at, "REVOKED", event.time(), now);
                save(row);
            }
            case ConsentEnded.EXPIRED_TYPE, ConsentEnded.ENDED_TYPE -> {
                ConsentEnded e = event.dataAs(mapper, ConsentEnded.class);
                ProjectedConsent row = row(e.consentId(), e.subjectRef(), e.operatorId(), e.purposeCode());
                row.ended(e.occurredAt(), String.valueOf(e.reason()), event.time(), now);
                save(row);
            }
            default -> {
                // Other consent events say nothing about whether a consent is valid; they are still marked processed.
                return true;
            }
        }
        lag.record(Duration.between(event.time(), now).abs());
        return true;
    }

    /**
     * A consent of the subject to this operator's purpose that was valid at {@code at} (PDL-19-1.1), one that
     * covers automated processing first when the subject gave several.
     */
    public Optional<ProjectedConsent> validAt(String subjectRef, String operatorId, String purposeCode, Instant at) {
        return consents.forPurpose(subjectRef, operatorId, purposeCode).stream().filter(c -> c.validAt(at))
                .max(Comparator.comparing(ProjectedConsent::automatedProcessing));
    }

    private ProjectedConsent row(UUID consentId, String subjectRef, String operatorId, String purposeCode) {
        ProjectedConsent row = consents.findById(consentId);
        // A revocation may be seen before its grant (a replay from another offset): start the row either way.
        return row != null ? row : new ProjectedConsent(consentId, subjectRef, operatorId, purposeCode);
    }

    private void save(ProjectedConsent row) {
        if (!consents.isPersistent(row)) {
            consents.persist(row);
        }
    }
}
