package kz.kelisim.objection;

import static io.restassured.RestAssured.given;
import static kz.kelisim.objection.TestData.AIGERIM;
import static kz.kelisim.objection.TestData.BANK;
import static kz.kelisim.objection.TestData.DANIYAR;
import static kz.kelisim.objection.TestData.TELECOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.Topics;
import kz.kelisim.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DecisionApiTest {

    @Inject
    TestData data;
    @Inject
    SubjectPseudonym pseudonym;
    @Inject
    EntityManager em;

    private final ObjectMapper json = new ObjectMapper();

    static ValidatableResponse decide(String code, String iin, Instant decidedAt, String key) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"activityCode\": \"" + code + "\", \"subjectIin\": \"" + iin
                        + "\", \"outcome\": \"Loan refused: score 412\", \"decidedAt\": \"" + decidedAt + "\"}")
                .post("/api/v1/decisions").then();
    }

    static ValidatableResponse decide(String code, String iin) {
        return decide(code, iin, Instant.now(), UUID.randomUUID().toString());
    }

    long decisionsAbout(String iin) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(d) from AutomatedDecision d where d.subjectIin = :iin", Long.class)
                .setParameter("iin", iin).getSingleResult());
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("PDL-19-1.1: a decision with legal effect and no consent is a 422 naming the clause, nothing is stored, and the attempt is reported keyed by pseudonym")
    void decision_without_consent_is_refused_and_reported() throws Exception {
        String code = TestData.unique("scoring");
        data.consentActivity(BANK, code, TestData.unique("purpose"));
        long before = decisionsAbout(DANIYAR);
        try (TopicReader topic = new TopicReader(Topics.OBJECTION_EVENTS)) {
            decide(code, DANIYAR).statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://kelisim.kz/problems/pdl-19-1-1-no-lawful-basis"))
                    .body("title", containsString("PDL-19-1.1"));
            ConsumerRecord<String, String> record = topic.await(r -> r.value().contains("decision-blocked")
                    && r.value().contains(code), Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo(pseudonym.of(DANIYAR));
            assertThat(record.value()).doesNotContain(DANIYAR);
            assertThat(json.readTree(record.value()).path("data").path("reason").asText()).isEqualTo("NO_LAWFUL_BASIS");
        }
        assertThat(decisionsAbout(DANIYAR)).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("PDL-19-1.1, PDL-8.7: a decision is accepted while the consent is valid and refused again after its revocation")
    void consent_then_revocation() throws Exception {
        String code = TestData.unique("scoring");
        String purpose = TestData.unique("purpose");
        data.consentActivity(BANK, code, purpose);
        UUID consentId = data.consent(DANIYAR, BANK, purpose);
        try (TopicReader topic = new TopicReader(Topics.OBJECTION_EVENTS)) {
            String id = decide(code, DANIYAR).statusCode(201)
                    .body("basis", equalTo("CONSENT"))
                    .body("consentId", equalTo(consentId.toString()))
                    .body("legalEffect", equalTo(true)).extract().path("id");
            ConsumerRecord<String, String> record = topic.await(r -> r.value().contains(id), Duration.ofSeconds(30));
            JsonNode event = json.readTree(record.value());
            assertThat(event.path("type").asText()).isEqualTo("kz.kelisim.objection.decision-recorded.v1");
            assertThat(record.key()).isEqualTo(pseudonym.of(DANIYAR));
            assertThat(record.value()).doesNotContain(DANIYAR);
        }
        data.revoke(consentId, DANIYAR, BANK, purpose);
        decide(code, DANIYAR).statusCode(422).body("type", equalTo("https://kelisim.kz/problems/pdl-19-1-1-no-lawful-basis"));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("PDL-19-1.1: a consent to a purpose that does not declare automated processing is no basis for an automated decision with legal effect")
    void consent_without_automated_processing_is_no_basis_PDL_19_1_1() {
        String code = TestData.unique("scoring");
        String purpose = TestData.unique("purpose");
        data.consentActivity(BANK, code, purpose);
        data.consent(AIGERIM, BANK, purpose, false);
        decide(code, AIGERIM).statusCode(422)
                .body("type", equalTo("https://kelisim.kz/problems/pdl-19-1-1-consent-without-automated-processing"))
                .body("detail", containsString(purpose));
        UUID covering = data.consent(AIGERIM, BANK, purpose, true);
        decide(code, AIGERIM).statusCode(201).body("basis", equalTo("CONSENT")).body("consentId", equalTo(covering.toString()));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("PDL-19-1.1: consent for another purpose, or given to another operator, is no basis")
    void consent_must_match_operator_and_purpose() {
        String code = TestData.unique("scoring");
        String purpose = TestData.unique("purpose");
        data.consentActivity(BANK, code, purpose);
        data.consent(AIGERIM, BANK, TestData.unique("other-purpose"));
        data.consent(AIGERIM, TELECOM, purpose);
        decide(code, AIGERIM).statusCode(422);
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("PDL-19-1.1: an activity a law provides for, or one without legal effect, needs no consent")
    void law_basis_and_no_legal_effect_need_no_consent() {
        String law = TestData.unique("tax");
        data.publish(Texts.draft(BANK, law, true, new LegalBasis(BasisKind.LAW, null, "Tax Code art. 24"), false, UUID.randomUUID().toString()));
        decide(law, AIGERIM).statusCode(201).body("basis", equalTo("LAW")).body("lawReference", equalTo("Tax Code art. 24"));
        String info = TestData.unique("offers");
        data.publish(Texts.draft(BANK, info, false, new LegalBasis(BasisKind.CONSENT, "marketing", null), false, UUID.randomUUID().toString()));
        decide(info, AIGERIM).statusCode(201).body("basis", equalTo("NONE_NEEDED"));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    void bad_decision_requests_get_4xx_problem_json() {
        String code = TestData.unique("law");
        data.publish(Texts.draft(BANK, code, true, new LegalBasis(BasisKind.LAW, null, "law"), false, UUID.randomUUID().toString()));
        decide(code, "851102304562").statusCode(400).body("errors.field", hasItem("subjectIin"))
                .body("detail", containsString("check digit"));
        // ID-1: a decision is about a person, so an operator's BIN is never accepted as the subject
        decide(code, BANK).statusCode(400).body("errors.field", hasItem("subjectIin"))
                .body("detail", containsString("must be an IIN, not a BIN"));
        decide(code, DANIYAR, Instant.now().plusSeconds(3600), UUID.randomUUID().toString()).statusCode(400)
                .body("errors.field", hasItem("decidedAt"));
        // PDL-19-1.1: a decision dated far back could be placed before a revocation; beyond 5 minutes it is refused
        decide(code, DANIYAR, Instant.now().minusSeconds(600), UUID.randomUUID().toString()).statusCode(400)
                .body("errors.field", hasItem("decidedAt")).body("detail", containsString("PDL-19-1.1"));
        // PDL-19-1.2: nor may it be dated before its activity was published and explained
        String fresh = TestData.unique("law");
        Instant beforePublication = Instant.now().minusSeconds(2);
        data.publish(Texts.draft(BANK, fresh, true, new LegalBasis(BasisKind.LAW, null, "law"), false, UUID.randomUUID().toString()));
        decide(fresh, DANIYAR, beforePublication, UUID.randomUUID().toString()).statusCode(422)
                .body("type", equalTo("https://kelisim.kz/problems/pdl-19-1-1-decided-before-publication"));
        decide(TestData.unique("unknown"), DANIYAR).statusCode(422)
                .body("type", equalTo("https://kelisim.kz/problems/activity-not-published"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k").body("{\"activityCode\": \"x\"}")
                .post("/api/v1/decisions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("decidedAt"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k").body("{\"decidedAt\": \"yesterday\"}")
                .post("/api/v1/decisions").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("A retried decision with the same Idempotency-Key is recorded once; a different request under that key is refused")
    void idempotent_decisions() {
        String code = TestData.unique("law");
        data.publish(Texts.draft(BANK, code, true, new LegalBasis(BasisKind.LAW, null, "law"), false, UUID.randomUUID().toString()));
        String key = UUID.randomUUID().toString();
        Instant at = Instant.now();
        String first = decide(code, AIGERIM, at, key).statusCode(201).extract().path("id");
        String again = decide(code, AIGERIM, at, key).statusCode(200).extract().path("id");
        assertThat(again).isEqualTo(first);
        decide(code, DANIYAR, at, key).statusCode(422).body("type", equalTo("https://kelisim.kz/problems/idempotency-key-reused"));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("Concurrent retries under one Idempotency-Key record one decision and never answer 500")
    void concurrent_retries_record_one_decision() throws Exception {
        String code = TestData.unique("law");
        data.publish(Texts.draft(BANK, code, true, new LegalBasis(BasisKind.LAW, null, "law"), false, UUID.randomUUID().toString()));
        String key = UUID.randomUUID().toString();
        Instant at = Instant.now();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> decide(code, DANIYAR, at, key).extract().statusCode()));
            }
            for (var call : calls) {
                assertThat(call.get()).isIn(200, 201, 409);
            }
        } finally {
            pool.shutdown();
        }
        long rows = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(d) from AutomatedDecision d where d.idempotencyKey = :k", Long.class)
                .setParameter("k", key).getSingleResult());
        assertThat(rows).isEqualTo(1L);
    }

    @Test
    @TestSecurity(user = "demo-telecom", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = TELECOM))
    @DisplayName("Operator B cannot read operator A's decisions nor record one under A's activity")
    void operators_are_isolated() {
        String code = TestData.unique("law");
        data.publish(Texts.draft(BANK, code, true, new LegalBasis(BasisKind.LAW, null, "law"), false, UUID.randomUUID().toString()));
        AutomatedDecision bank = data.decision(BANK, code, AIGERIM);
        given().get("/api/v1/decisions/" + bank.id()).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/decisions").then().statusCode(200).body("id", not(hasItem(bank.id().toString())));
        decide(code, AIGERIM).statusCode(422).body("type", equalTo("https://kelisim.kz/problems/activity-not-published"));
    }

    @Test
    @TestSecurity(user = "daniyar", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = DANIYAR))
    @DisplayName("PDL-1.2-3, INF-36.6, PDL-19-1.2: a subject reads the automated decisions about him with the explanation of the activity that made them, and nobody else's")
    void subject_reads_own_decisions_with_explanation() {
        String code = TestData.unique("scoring");
        String purpose = TestData.unique("purpose");
        data.consentActivity(BANK, code, purpose);
        data.consent(DANIYAR, BANK, purpose);
        data.consent(AIGERIM, BANK, purpose);
        AutomatedDecision mine = data.decision(BANK, code, DANIYAR);
        AutomatedDecision hers = data.decision(BANK, code, AIGERIM);
        String find = "find { it.id == '" + mine.id() + "' }";
        given().get("/api/v1/me/decisions").then().statusCode(200)
                .body(find + ".outcome", equalTo("Loan refused: score 412 below 600"))
                .body(find + ".basis", equalTo("CONSENT"))
                .body(find + ".explanation.language", equalTo("kk"))
                .body(find + ".explanation.procedure", equalTo("Өтінімді модель автоматты түрде бағалайды"))
                .body(find + ".explanation.howToObject", equalTo("Object in the portal (kk)"))
                .body("id", not(hasItem(hers.id().toString())));
        given().post("/api/v1/decisions").then().statusCode(403);
    }
}
