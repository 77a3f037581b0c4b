package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.Topics;
import kz.kelisim.testkit.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "demo-bank", roles = "operator")
@OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
class ConsentValidityApiTest {

    @Inject
    Given given;
    @Inject
    TestClock clock;

    static ValidatableResponse grant(String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/api/v1/consents").then();
    }

    static String body(String code, String extra) {
        return "{\"subjectIin\":\"" + AIGERIM + "\",\"purposeCode\":\"" + code + "\"" + extra + "}";
    }

    @Test
    @DisplayName("PDL-7.8: a consent for a purpose that was never registered is refused with 422")
    void unregistered_purpose_is_refused() {
        grant(body(Given.uniqueCode("nowhere"), "")).statusCode(422)
                .body("type", equalTo("https://kelisim.kz/problems/pdl-7-8-purpose-not-registered"));
    }

    @Test
    @DisplayName("PDL-8.5: without a law or contract basis, a term beyond the purpose's maximum is refused and the answer says the maximum")
    void term_beyond_the_purpose_maximum_is_refused() {
        String code = Given.uniqueCode("p6m");
        given.purpose(BANK, code, "P6M", List.of());
        String tooLate = Instant.now().plus(Duration.ofDays(400)).toString();
        grant(body(code, ",\"validUntil\":\"" + tooLate + "\"")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kelisim.kz/problems/pdl-8-5-term-exceeds-purpose"))
                .body("detail", containsString("P6M"));
        String inTime = Instant.now().plus(Duration.ofDays(90)).toString();
        grant(body(code, ",\"validUntil\":\"" + inTime + "\"")).statusCode(201).body("status", equalTo("ACTIVE"));
    }

    @Test
    @DisplayName("PDL-8.5: a law or contract basis allows a term beyond the purpose's maximum")
    void contract_basis_allows_a_longer_term() {
        String code = Given.uniqueCode("p6m");
        given.purpose(BANK, code, "P6M", List.of());
        String later = Instant.now().plus(Duration.ofDays(1000)).toString();
        grant(body(code, ",\"validUntil\":\"" + later + "\",\"termBasis\":{\"basis\":\"CONTRACT\",\"reference\":\"Loan agreement 42\"}"))
                .statusCode(201).body("termBasis.basis", equalTo("CONTRACT"));
        grant(body(code, ",\"validUntil\":\"" + later + "\",\"termBasis\":{\"basis\":\"CONSENT\"}"))
                .statusCode(400).body("errors.field", hasItems("termBasis.basis", "termBasis.reference"));
    }

    @Test
    @DisplayName("PDL-8.5: a consent without a term is capped at the purpose's maximum validity, and the consent and its receipt say so")
    void consent_without_term_is_capped_at_the_maximum() {
        String code = Given.uniqueCode("p1y");
        given.purpose(BANK, code, "P1Y", List.of());
        ValidatableResponse granted = grant(body(code, "")).statusCode(201).body("termCapped", equalTo(true));
        String validUntil = granted.extract().path("validUntil");
        Instant expected = Instant.now().atZone(ZoneId.of("Asia/Almaty")).plusYears(1).toInstant();
        assertThat(Duration.between(Instant.parse(validUntil), expected).abs()).isLessThan(Duration.ofMinutes(1));
        given().get("/api/v1/consents/" + granted.extract().path("id") + "/receipt").then().statusCode(200)
                .body("receipt.validity.longestThePurposeAllows", equalTo(true));

        String ownTerm = Instant.now().plus(Duration.ofDays(30)).toString();
        grant(body(code, ",\"validUntil\":\"" + ownTerm + "\"")).statusCode(201).body("termCapped", equalTo(false));
    }

    @Test
    @DisplayName("PDL-8.5, PDL-8.6: under a purpose that lasts until it is achieved, a fixed term without a law or contract basis is refused")
    void fixed_term_under_an_until_achieved_purpose_needs_a_basis() {
        String code = Given.uniqueCode("until");
        given.purpose(BANK, code, null, List.of());
        grant(body(code, ",\"validUntil\":\"2099-01-01T00:00:00Z\"")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kelisim.kz/problems/pdl-8-5-term-without-basis"))
                .body("detail", containsString("termBasis"));
        grant(body(code, ",\"validUntil\":\"2099-01-01T00:00:00Z\",\"termBasis\":{\"basis\":\"CONTRACT\",\"reference\":\"Loan agreement 42\"}"))
                .statusCode(201).body("validUntil", equalTo("2099-01-01T00:00:00Z")).body("termCapped", equalTo(false));
    }

    @Test
    @DisplayName("PDL-8.6: with no term and no maximum, the consent is valid until the purpose is achieved")
    void consent_without_term_lasts_until_the_purpose_is_achieved() {
        String code = Given.uniqueCode("open");
        given.purpose(BANK, code, null, List.of());
        grant(body(code, "")).statusCode(201).body("validUntil", nullValue()).body("status", equalTo("ACTIVE"));
    }

    @Test
    @DisplayName("PDL-8.6: purpose-achieved ends one consent, announces ConsentEnded, and a second call is 409")
    void purpose_achieved_ends_the_consent() {
        String code = Given.uniqueCode("achieve");
        given.purpose(BANK, code, null, List.of());
        UUID id = given.consent(BANK, AIGERIM, code).id();
        try (TopicReader topic = new TopicReader(Topics.CONSENT_EVENTS)) {
            given().post("/api/v1/consents/" + id + "/purpose-achieved").then().statusCode(200)
                    .body("status", equalTo("PURPOSE_ACHIEVED")).body("endedAt", notNullValue());
            var record = topic.await(r -> r.value().contains(id.toString()) && r.value().contains("kz.kelisim.consent.ended.v1"),
                    Duration.ofSeconds(30));
            assertThat(record.value()).contains("PURPOSE_ACHIEVED").doesNotContain(AIGERIM);
        }
        given().post("/api/v1/consents/" + id + "/purpose-achieved").then().statusCode(409)
                .body("type", equalTo("https://kelisim.kz/problems/consent-not-active"));
    }

    @Test
    @DisplayName("PDL-8.6: a purpose achieved for all subjects ends every active consent under it")
    void purpose_achieved_for_everyone_ends_every_consent() {
        String code = Given.uniqueCode("campaign");
        given.purpose(BANK, code, null, List.of());
        UUID a = given.consent(BANK, AIGERIM, code).id();
        UUID b = given.consent(BANK, Given.DANIYAR, code).id();
        given().post("/api/v1/purposes/" + code + "/achieved").then().statusCode(200).body("ended", equalTo(2));
        given().get("/api/v1/consents/" + a).then().body("status", equalTo("PURPOSE_ACHIEVED"));
        given().get("/api/v1/consents/" + b).then().body("status", equalTo("PURPOSE_ACHIEVED"));
    }

    @Test
    @DisplayName("PDL-8.5: a consent is EXPIRED from validUntil on, before any scheduler ran, and the check says not allowed")
    void consent_expires_at_valid_until_without_a_scheduler() {
        String code = Given.uniqueCode("short");
        given.purpose(BANK, code, "P1Y", List.of());
        Instant validUntil = Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        UUID id = given.consent(BANK, AIGERIM, code, validUntil, null).id();
        given().get("/api/v1/consents/" + id).then().body("status", equalTo("ACTIVE"));
        try {
            clock.setNow(validUntil);
            given().get("/api/v1/consents/" + id).then().body("status", equalTo("EXPIRED"));
            given().contentType(ContentType.JSON).body("{\"subjectIin\":\"" + AIGERIM + "\",\"purposeCode\":\"" + code + "\"}")
                    .post("/api/v1/consent-checks").then().statusCode(200)
                    .body("allowed", equalTo(false)).body("status", equalTo("EXPIRED")).body("reason", containsString("PDL-8.5"));
        } finally {
            clock.reset();
        }
    }

    @Test
    @DisplayName("Evidence and a legal representative are validated: wrong IIN, unknown basis and a future collection time are 400")
    void evidence_and_representative_are_validated() {
        String code = Given.uniqueCode("rep");
        given.purpose(BANK, code, null, List.of());
        String future = Instant.now().plus(Duration.ofDays(1)).toString();
        grant(body(code, ",\"representative\":{\"iin\":\"851102304562\",\"basis\":\"NEIGHBOUR\"},"
                + "\"evidence\":{\"language\":\"de\",\"collectedAt\":\"" + future + "\"}"))
                .statusCode(400)
                .body("errors.field", hasItems("representative.iin", "representative.basis", "evidence.language", "evidence.collectedAt"));
    }
}
