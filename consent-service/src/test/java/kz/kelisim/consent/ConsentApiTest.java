package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.Topics;
import kz.kelisim.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsentApiTest {

    static final String BANK = "050140001238";
    static final String TELECOM = "120340004562";
    static final String AIGERIM = "900515401230";

    @Inject
    EntityManager em;
    @Inject
    SubjectPseudonym pseudonym;
    @Inject
    Given given;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void purposes_are_registered() {
        // PDL-7.8: consents are recorded only for purposes registered beforehand.
        given.purpose(BANK, "loan-scoring", null, java.util.List.of());
        given.purpose(BANK, "card-marketing", null, java.util.List.of());
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("A recorded consent is stored and its ConsentGranted CloudEvent leaves through the outbox, keyed by pseudonym")
    void recorded_consent_is_published_through_the_outbox() throws Exception {
        try (TopicReader topic = new TopicReader(Topics.CONSENT_EVENTS)) {
            String id = grant(AIGERIM, "loan-scoring", UUID.randomUUID().toString())
                    .statusCode(201)
                    .header("Location", containsString("/api/v1/consents/"))
                    .body("operatorId", equalTo(BANK))
                    .body("status", equalTo("ACTIVE"))
                    .body("validUntil", nullValue())
                    .extract().path("id");

            ConsumerRecord<String, String> record = topic.await(r -> r.value().contains(id), Duration.ofSeconds(30));
            JsonNode event = json.readTree(record.value());
            assertThat(record.key()).isEqualTo(pseudonym.of(AIGERIM));
            assertThat(record.value()).doesNotContain(AIGERIM);
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("type").asText()).isEqualTo("kz.kelisim.consent.granted.v1");
            assertThat(event.path("subject").asText()).isEqualTo(pseudonym.of(AIGERIM));
            assertThat(event.path("data").path("consentId").asText()).isEqualTo(id);
            assertThat(event.path("data").path("purposeCode").asText()).isEqualTo("loan-scoring");
        }
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("ID-1: an IIN with a wrong check digit gets 400 problem+json naming the field, and nothing is stored")
    void wrong_iin_check_digit_is_refused_and_nothing_is_stored() {
        long before = consentRows();
        grant("900515401231", "loan-scoring", UUID.randomUUID().toString())
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kelisim.kz/problems/invalid-input"))
                .body("errors.field", hasItem("subjectIin"))
                .body("detail", containsString("check digit"));
        assertThat(consentRows()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    void malformed_bodies_get_400_problem_json() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"subjectIin\": ").post("/api/v1/consents")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"subjectIin\": \"900515401230\", \"purposeCode\": \"x\", \"validUntil\": \"tomorrow\"}")
                .post("/api/v1/consents")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("validUntil"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"subjectIin\": \"900515401230\"}").post("/api/v1/consents")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("purposeCode"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/consents")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"subjectIin\": \"900515401230\", \"purposeCode\": \"x\"}").post("/api/v1/consents")
                .then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"subjectIin\": \"900515401230\", \"purposeCode\": \"x\", \"validUntil\": \"2001-01-01T00:00:00Z\"}")
                .post("/api/v1/consents")
                .then().statusCode(400).body("errors.field", hasItem("validUntil"));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("A retry with the same Idempotency-Key returns the first consent; a different request under that key is refused")
    void idempotency_key_replays_and_refuses_reuse() {
        String key = UUID.randomUUID().toString();
        String first = grant(AIGERIM, "loan-scoring", key).statusCode(201).extract().path("id");
        String again = grant(AIGERIM, "loan-scoring", key).statusCode(200).extract().path("id");
        assertThat(again).isEqualTo(first);
        grant(AIGERIM, "card-marketing", key).statusCode(422)
                .body("type", equalTo("https://kelisim.kz/problems/idempotency-key-reused"));
        assertThat(em.createQuery("select count(c) from Consent c where c.idempotencyKey = :k", Long.class)
                .setParameter("k", key).getSingleResult()).isEqualTo(1L);
    }

    @Test
    @TestSecurity(user = "demo-telecom", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = TELECOM))
    @DisplayName("Operator B gets 404 for operator A's consent, so existence never leaks across tenants")
    void another_operators_consent_is_not_found() {
        UUID bankConsent = insertConsentFor(BANK, AIGERIM);
        given().get("/api/v1/consents/" + bankConsent).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = AIGERIM))
    @DisplayName("Languages: the subject's list names each consent's purpose by its title in kk, ru and en, not only by its code")
    void subject_list_carries_each_purposes_title() {
        String code = Given.uniqueCode("titled");
        given.purpose(BANK, code, null, java.util.List.of());
        given.consent(BANK, AIGERIM, code);
        given().get("/api/v1/me/consents").then().statusCode(200)
                .body("find { it.purposeCode == '" + code + "' }.purposeTitle.kk", equalTo("Несиелік скоринг"))
                .body("find { it.purposeCode == '" + code + "' }.purposeTitle.ru", equalTo("Кредитный скоринг"))
                .body("find { it.purposeCode == '" + code + "' }.purposeTitle.en", equalTo("Loan scoring"));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = AIGERIM))
    void subject_sees_only_own_consents_and_cannot_record_any() {
        insertConsentFor(BANK, AIGERIM);
        insertConsentFor(BANK, "851102304561");
        given().get("/api/v1/me/consents").then().statusCode(200)
                .body("subjectIin", everyItem(equalTo(AIGERIM)))
                .body("subjectIin", not(hasItem("851102304561")));
        grant(AIGERIM, "loan-scoring", UUID.randomUUID().toString()).statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anonymous_callers_get_401() {
        given().get("/api/v1/me/consents").then().statusCode(401);
        grant(AIGERIM, "loan-scoring", UUID.randomUUID().toString()).statusCode(401);
    }

    private io.restassured.response.ValidatableResponse grant(String iin, String purpose, String key) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"subjectIin\": \"" + iin + "\", \"purposeCode\": \"" + purpose + "\"}")
                .post("/api/v1/consents").then();
    }

    private long consentRows() {
        return em.createQuery("select count(c) from Consent c", Long.class).getSingleResult();
    }

    private UUID insertConsentFor(String operator, String iin) {
        return given.consent(operator, iin, "loan-scoring").id();
    }
}
