package kz.kelisim.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.Topics;
import kz.kelisim.contracts.consent.ConsentRevoked;
import kz.kelisim.contracts.deadline.DeadlineBreached;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookDeliveryTest {

    static final String OPERATOR = "070340005678";
    static final String SECRET = WebhookSignature.newSecret();

    @Inject
    Events events;
    @Inject
    SubjectPseudonym pseudonym;
    @Inject
    FakeDns dns;

    @Test
    @TestSecurity(user = "acme", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = OPERATOR))
    @DisplayName("Standard Webhooks: a receiver that fails at first gets the event again, same webhook-id, valid HMAC-SHA256 signature each time, until it accepts")
    void failing_receiver_gets_signed_retries_until_it_accepts() throws Exception {
        try (Receiver receiver = new Receiver(2)) {
            register(receiver.url(), "[\"" + ConsentRevoked.TYPE + "\"]", SECRET);
            String purpose = "hook-" + UUID.randomUUID().toString().substring(0, 8);
            ConsentRevoked revoked = revoked(purpose);
            events.send(revoked);
            events.send(revoked);
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(purpose).stream().anyMatch(r -> r.answered() == 204));

            List<Receiver.Request> seen = receiver.about(purpose);
            assertThat(seen).hasSize(3).extracting(Receiver.Request::answered).containsExactly(500, 500, 204);
            assertThat(seen).extracting(Receiver.Request::id).containsOnly(seen.get(0).id());
            for (Receiver.Request r : seen) {
                assertThat(r.signature()).isEqualTo(WebhookSignature.sign(SECRET, r.id(), Long.parseLong(r.timestamp()), r.body()));
                assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(r.timestamp()))).isLessThan(300);
                assertThat(r.body()).contains("\"type\":\"" + ConsentRevoked.TYPE + "\"").contains("\"specversion\":\"1.0\"");
            }
            String deliveryId = seen.get(0).id();
            given().get("/api/v1/webhooks/deliveries/" + deliveryId).then().statusCode(200)
                    .body("status", equalTo("DELIVERED")).body("attempts", equalTo(3))
                    .body("log.outcome", equalTo(List.of("FAILED", "FAILED", "DELIVERED")))
                    .body("log[0].detail", startsWith("HTTP 500"));
            given().get("/api/v1/webhooks/deliveries").then().statusCode(200).body("id", hasItem(deliveryId));
            // No second delivery for the redelivered event.
            assertThat(seen.stream().map(Receiver.Request::id).distinct()).hasSize(1);
        }
    }

    @Test
    @TestSecurity(user = "acme", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = OPERATOR))
    @DisplayName("After the last attempt a delivery is a dead letter the operator can list and redeliver")
    void dead_letters_are_listed_and_redelivered() throws Exception {
        try (Receiver receiver = new Receiver(0)) {
            receiver.failing = true;
            register(receiver.url(), "[\"*\"]", SECRET);
            String purpose = "dead-" + UUID.randomUUID().toString().substring(0, 8);
            events.send(revoked(purpose));
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(purpose).size() == 4);
            String id = receiver.about(purpose).get(0).id();
            await().atMost(Duration.ofSeconds(10)).until(() -> "DEAD".equals(
                    given().get("/api/v1/webhooks/deliveries/" + id).then().extract().path("status")));
            given().queryParam("status", "DEAD").get("/api/v1/webhooks/deliveries").then().statusCode(200).body("id", hasItem(id));

            receiver.failing = false;
            given().post("/api/v1/webhooks/deliveries/" + id + "/redeliver").then().statusCode(200).body("status", equalTo("PENDING"));
            await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(
                    given().get("/api/v1/webhooks/deliveries/" + id).then().extract().path("status")));
            assertThat(receiver.about(purpose)).hasSize(5).allMatch(r -> r.id().equals(id));
            given().post("/api/v1/webhooks/deliveries/" + id + "/redeliver").then().statusCode(409)
                    .body("type", equalTo("https://kelisim.kz/problems/webhook-delivery-not-dead"));
        }
    }

    @Test
    @TestSecurity(user = "acme", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = OPERATOR))
    @DisplayName("Registrations are checked: an http(s) URL, known event types and a whsec_ secret, generated when missing")
    void registration_is_validated() {
        dns.answer("hooks.example.kz", "93.184.215.14");
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"url\": \"ftp://x\", \"eventTypes\": [\"kz.kelisim.nothing.v1\"], \"secret\": \"short\"}")
                .post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("url", "eventTypes", "secret")));
        String key = UUID.randomUUID().toString();
        String body = "{\"url\": \"https://hooks.example.kz/kelisim\", \"eventTypes\": [\"" + ConsentRevoked.TYPE + "\"]}";
        String id = given().contentType("application/json").header("Idempotency-Key", key).body(body).post("/api/v1/webhooks")
                .then().statusCode(201).body("secret", startsWith("whsec_")).extract().path("id");
        given().contentType("application/json").header("Idempotency-Key", key).body(body).post("/api/v1/webhooks")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(id)).body("secret", equalTo(null));
        given().get("/api/v1/webhooks").then().statusCode(200).body("id", hasItem(id));
        given().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        given().get("/api/v1/webhooks/deliveries/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("PDL-8.7: the regulator's webhook receives each missed deadline as one signed SlaBreachReported")
    void regulator_webhook_receives_sla_breaches() throws Exception {
        try (Receiver receiver = new Receiver(1)) {
            register(receiver.url(), "[\"kz.kelisim.regulator.sla-breach-reported.v1\"]", SECRET);
            UUID deadline = UUID.randomUUID();
            DeadlineBreached breached = new DeadlineBreached(UUID.randomUUID(), SubjectNoticesTest.now(), pseudonym.of("950505503218"),
                    deadline, "STOP_PROCESSING", OPERATOR, UUID.randomUUID(), Instant.parse("2026-11-10T19:00:00Z"), Topics.CONSENT_EVENTS);
            events.send(Topics.CONSENT_EVENTS, breached.subjectRef(), events.json(breached));
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(deadline.toString()).stream().anyMatch(r -> r.answered() == 204));
            Receiver.Request r = receiver.about(deadline.toString()).get(1);
            assertThat(r.body()).contains("kz.kelisim.regulator.sla-breach-reported.v1");
            assertThat(r.signature()).isEqualTo(WebhookSignature.sign(SECRET, r.id(), Long.parseLong(r.timestamp()), r.body()));
        }
    }

    static void register(String url, String types, String secret) {
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"url\": \"" + url + "\", \"eventTypes\": " + types + ", \"secret\": \"" + secret + "\"}")
                .post("/api/v1/webhooks").then().statusCode(201).body("secret", equalTo(null));
    }

    private ConsentRevoked revoked(String purpose) {
        return revoked(pseudonym, purpose);
    }

    static ConsentRevoked revoked(SubjectPseudonym pseudonym, String purpose) {
        Instant now = SubjectNoticesTest.now();
        return new ConsentRevoked(UUID.randomUUID(), now, pseudonym.of("950505503218"), UUID.randomUUID(), OPERATOR, purpose,
                now, false, List.of(new ConsentRevoked.Obligation(UUID.randomUUID(), OPERATOR, false, now.plusSeconds(86400 * 21))));
    }
}
