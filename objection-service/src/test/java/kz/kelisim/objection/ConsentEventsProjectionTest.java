package kz.kelisim.objection;

import static io.restassured.RestAssured.given;
import static kz.kelisim.objection.TestData.BANK;
import static kz.kelisim.objection.TestData.DANIYAR;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.Topics;
import kz.kelisim.contracts.consent.ConsentEnded;
import kz.kelisim.contracts.consent.ConsentGranted;
import kz.kelisim.kit.events.CloudEventWriter;
import kz.kelisim.objection.repository.ConsentProjectionRepository;
import kz.kelisim.testkit.TopicReader;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsentEventsProjectionTest {

    @Inject
    Producer<String, String> producer;
    @Inject
    CloudEventWriter writer;
    @Inject
    SubjectPseudonym pseudonym;
    @Inject
    ConsentProjectionRepository projection;
    @Inject
    TestData data;

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("PDL-19-1.1: consent-events from Kafka feed the projection exactly once; a decision is accepted after ConsentGranted and refused after ConsentEnded")
    void consent_events_from_kafka_open_and_close_the_basis() {
        String code = TestData.unique("scoring");
        String purpose = TestData.unique("purpose");
        data.consentActivity(BANK, code, purpose);
        UUID consentId = UUID.randomUUID();
        Instant granted = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(30);
        ConsentGranted event = new ConsentGranted(UUID.randomUUID(), granted, pseudonym.of(DANIYAR), consentId, BANK, purpose, null, true);
        send(event);
        send(event);
        awaitRow(consentId, r -> r.grantedAt() != null);
        DecisionApiTest.decide(code, DANIYAR).statusCode(201).body("consentId", equalTo(consentId.toString()));

        send(new ConsentEnded(UUID.randomUUID(), Instant.now().minusSeconds(5), pseudonym.of(DANIYAR), consentId, BANK,
                purpose, ConsentEnded.Reason.PURPOSE_ACHIEVED));
        awaitRow(consentId, r -> r.endedAt() != null);
        DecisionApiTest.decide(code, DANIYAR).statusCode(422);
        // The projection's lag is published, so its staleness can be watched.
        given().get("/q/metrics").then().statusCode(200).body(containsString("kelisim_consent_projection_lag"));
    }

    @Test
    @DisplayName("A poison message on consent-events goes to objection-service's dead-letter topic and the next event still applies")
    void poison_message_goes_to_dead_letter_topic() throws Exception {
        try (TopicReader dlq = new TopicReader("consent-events.objection-service.dlq")) {
            String poison = "{\"not\": \"an event " + UUID.randomUUID() + "\"}";
            producer.send(new ProducerRecord<>(Topics.CONSENT_EVENTS, pseudonym.of(DANIYAR), poison)).get();
            UUID consentId = UUID.randomUUID();
            send(new ConsentGranted(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS), pseudonym.of(DANIYAR),
                    consentId, BANK, "after-poison", null, false));
            dlq.await(r -> r.value().equals(poison), Duration.ofSeconds(30));
            awaitRow(consentId, r -> true);
        }
    }

    private void awaitRow(UUID consentId, java.util.function.Predicate<ProjectedConsent> condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> {
                    List<ProjectedConsent> rows = projection.find("consentId", consentId).list();
                    return !rows.isEmpty() && condition.test(rows.get(0));
                }));
    }

    private void send(DomainEvent event) {
        try {
            producer.send(new ProducerRecord<>(event.topic(), event.subjectRef(), writer.toJson(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
