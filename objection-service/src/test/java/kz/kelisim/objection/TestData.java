package kz.kelisim.objection;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.consent.ConsentGranted;
import kz.kelisim.contracts.consent.ConsentRevoked;
import kz.kelisim.kit.events.IncomingEvent;
import kz.kelisim.objection.service.ActivityService;
import kz.kelisim.objection.service.ConsentProjection;
import kz.kelisim.objection.service.DecisionService;

/**
 * Sets up activities, consents and decisions through the services, so a test can act as one
 * identity on the API while the others' steps are already done.
 */
@ApplicationScoped
public class TestData {

    public static final String BANK = "050140001238";
    public static final String TELECOM = "120340004562";
    public static final String AIGERIM = "900515401230";
    public static final String DANIYAR = "851102304561";

    private final ActivityService activities;
    private final DecisionService decisions;
    private final ConsentProjection consents;
    private final SubjectPseudonym pseudonym;
    private final ObjectMapper mapper;

    public TestData(ActivityService activities, DecisionService decisions, ConsentProjection consents,
                    SubjectPseudonym pseudonym, ObjectMapper mapper) {
        this.activities = activities;
        this.decisions = decisions;
        this.consents = consents;
        this.pseudonym = pseudonym;
        this.mapper = mapper;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A published activity with legal effect relying on consent to {@code purpose}. */
    public ProcessingActivity consentActivity(String operatorId, String code, String purpose) {
        return publish(Texts.draft(operatorId, code, true, new LegalBasis(BasisKind.CONSENT, purpose, null), true,
                UUID.randomUUID().toString()));
    }

    public ProcessingActivity publish(ActivityDraft draft) {
        ProcessingActivity written = activities.write(draft).activity();
        return activities.publish(written.id(), draft.operatorId());
    }

    /** A consent to a purpose that declares automated processing, as an automated decision needs (PDL-19-1.1). */
    public UUID consent(String iin, String operatorId, String purpose) {
        return consent(iin, operatorId, purpose, true);
    }

    public UUID consent(String iin, String operatorId, String purpose, boolean automatedProcessing) {
        UUID consentId = UUID.randomUUID();
        apply(new ConsentGranted(UUID.randomUUID(), now().minusSeconds(60), pseudonym.of(iin), consentId, operatorId,
                purpose, null, automatedProcessing));
        return consentId;
    }

    /** Revokes a few seconds in the past, so that a decision stamped "now" falls after the revocation. */
    public void revoke(UUID consentId, String iin, String operatorId, String purpose) {
        Instant now = now().minusSeconds(5);
        apply(new ConsentRevoked(UUID.randomUUID(), now, pseudonym.of(iin), consentId, operatorId, purpose, now, false,
                java.util.List.of()));
    }

    public AutomatedDecision decision(String operatorId, String code, String iin) {
        return decisions.record(new RecordDecision(operatorId, code, iin, "Loan refused: score 412 below 600",
                now(), UUID.randomUUID().toString())).decision();
    }

    public void apply(DomainEvent event) {
        consents.apply(new IncomingEvent(event.eventId(), event.type(), event.subjectRef(), event.occurredAt(),
                mapper.valueToTree(event)));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
