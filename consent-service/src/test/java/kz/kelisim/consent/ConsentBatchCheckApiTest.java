package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static kz.kelisim.consent.Given.DANIYAR;
import static kz.kelisim.consent.Given.TELECOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The consent check in bulk: each item answered as the single check answers it, in order.
 */
@QuarkusTest
@TestSecurity(user = "demo-bank", roles = "operator")
@OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
class ConsentBatchCheckApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Given given;

    static String item(String iin, String code) {
        return "{\"subjectIin\":\"" + iin + "\",\"purposeCode\":\"" + code + "\"}";
    }

    static JsonPath single(String iin, String code) {
        return given().contentType(ContentType.JSON).body(item(iin, code)).post("/api/v1/consent-checks")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @DisplayName("PDL-8.5, PDL-8.6, PDL-8.7: every item of a batch gets, in order, the answer the single check gives it")
    void each_item_is_answered_as_the_single_check_answers_it() {
        String code = Given.uniqueCode("batch");
        Consent active = given.sharedConsent(code);
        Consent revoked = given.consent(BANK, DANIYAR, code);
        given.revoke(revoked.id(), DANIYAR);
        String other = Given.uniqueCode("batch-none");
        List<String[]> items = List.of(new String[] {AIGERIM, code}, new String[] {DANIYAR, code},
                new String[] {AIGERIM, other}, new String[] {AIGERIM, code});
        JsonPath answers = given().urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body("{\"items\":[" + items.stream().map(i -> item(i[0], i[1])).collect(Collectors.joining(",")) + "]}")
                .post("/api/v1/consent-checks:batch").then().statusCode(200).extract().jsonPath();

        assertThat(answers.getList("answers.allowed")).containsExactly(true, false, false, true);
        assertThat(answers.getString("answers[0].consentId")).isEqualTo(active.id().toString());
        assertThat(answers.getString("answers[1].status")).isEqualTo("REVOKED");
        assertThat(answers.getString("answers[1].reason")).contains("PDL-8.7");
        assertThat(answers.getString("answers[2].reason")).startsWith("NO_CONSENT");
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> alone = single(items.get(i)[0], items.get(i)[1]).getMap("");
            assertThat(answers.getMap("answers[" + i + "]")).as("item " + i).isEqualTo(alone);
        }
    }

    @Test
    @TestSecurity(user = "demo-telecom", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = TELECOM))
    @DisplayName("An operator's batch learns nothing of another operator's consents: each is NO_CONSENT")
    void another_operators_consents_are_not_seen() {
        String code = Given.uniqueCode("batch-theirs");
        given.sharedConsent(code);
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"items\":[" + item(AIGERIM, code) + "]}")
                .post("/api/v1/consent-checks:batch").then().statusCode(200)
                .body("answers[0].allowed", equalTo(false)).body("answers[0].consentId", equalTo(null))
                .body("answers[0].reason", containsString("NO_CONSENT"));
    }

    @Test
    @DisplayName("A batch with a faulty item is 400 naming each faulty field by its index; an empty or oversized batch is 400")
    void faulty_batches_are_400_naming_the_items() {
        given().urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body("{\"items\":[" + item(AIGERIM, "ok") + "," + item(BANK, "ok") + "," + item(AIGERIM, "Not A Code") + "]}")
                .post("/api/v1/consent-checks:batch").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("items[1].subjectIin", "items[2].purposeCode"));
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"items\":[]}").post("/api/v1/consent-checks:batch").then()
                .statusCode(400).body("errors[0].field", equalTo("items"));
        String many = IntStream.range(0, 10_001).mapToObj(i -> item(AIGERIM, "ok")).collect(Collectors.joining(","));
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"items\":[" + many + "]}").post("/api/v1/consent-checks:batch").then()
                .statusCode(400).body("errors[0].message", containsString("1 to 10000"));
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"items\":\"all\"}").post("/api/v1/consent-checks:batch").then()
                .statusCode(400).body("errors[0].field", equalTo("items"));
    }

    @Test
    @DisplayName("NDJSON in, NDJSON out: each line answered with its line number, a faulty line with its problem, blank lines skipped")
    void ndjson_is_answered_line_by_line() throws Exception {
        String code = Given.uniqueCode("batch-stream");
        Consent active = given.sharedConsent(code);
        String body = item(AIGERIM, code) + "\n\n" + item(BANK, code) + "\nnot json\n" + item(DANIYAR, code) + "\n";
        String answer = given().urlEncodingEnabled(false).contentType("application/x-ndjson")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/consent-checks:batch")
                .then().statusCode(200).contentType(containsString("application/x-ndjson")).extract().asString();

        List<JsonNode> lines = new ArrayList<>();
        for (String l : answer.split("\n")) {
            lines.add(JSON.readTree(l));
        }
        assertThat(lines).as("in the input's order").extracting(l -> l.path("line").asLong()).containsExactly(1L, 3L, 4L, 5L);
        assertThat(lines.get(0).path("allowed").asBoolean()).isTrue();
        assertThat(lines.get(0).path("consentId").asText()).isEqualTo(active.id().toString());
        assertThat(lines.get(1).path("problem").path("errors").get(0).path("field").asText()).isEqualTo("subjectIin");
        assertThat(lines.get(2).path("problem").path("status").asInt()).isEqualTo(400);
        assertThat(lines.get(2).path("problem").path("detail").asText()).doesNotContain("kz.kelisim");
        assertThat(lines.get(3).path("allowed").asBoolean()).isFalse();
        assertThat(lines.get(3).path("reason").asText()).startsWith("NO_CONSENT");
    }
}
