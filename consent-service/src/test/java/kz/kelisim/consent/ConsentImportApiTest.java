package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.kelisim.kit.audit.AuditEntry;
import kz.kelisim.kit.audit.AuditLog;
import kz.kelisim.kit.audit.AuditRepository;
import kz.kelisim.kit.audit.AuditSequencer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "demo-bank", roles = "operator")
@OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
class ConsentImportApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Given given;

    @Inject
    AuditRepository auditEntries;

    @Inject
    AuditLog audit;
    @Inject
    AuditSequencer sequencer;

    @Test
    @DisplayName("An NDJSON import answers per line what was accepted and what was refused and why; re-sending it imports nothing twice")
    void import_reports_each_line_and_is_idempotent() throws Exception {
        String code = Given.uniqueCode("legacy");
        given.purpose(BANK, code, "P1Y", List.of());
        String ndjson = String.join("\n",
                "{\"subjectIin\":\"" + AIGERIM + "\",\"purposeCode\":\"" + code + "\"}",
                "{\"subjectIin\":\"900515401231\",\"purposeCode\":\"" + code + "\"}",
                "this is not json",
                "",
                "{\"subjectIin\":\"" + Given.DANIYAR + "\",\"purposeCode\":\"" + Given.uniqueCode("unknown") + "\"}",
                "{\"subjectIin\":\"" + Given.DANIYAR + "\",\"purposeCode\":\"" + code + "\",\"validUntil\":\"2099-01-01T00:00:00Z\"}",
                "{\"subjectIin\":\"" + Given.DANIYAR + "\",\"purposeCode\":\"" + code + "\",\"idempotencyKey\":\"legacy-7\"}") + "\n";
        List<JsonNode> first = post(ndjson);
        assertThat(first).hasSize(7);
        assertThat(first.get(0).path("result").asText()).isEqualTo("ACCEPTED");
        assertThat(first.get(1).path("problem").path("type").asText()).endsWith("/invalid-input");
        assertThat(first.get(1).path("problem").path("errors").get(0).path("field").asText()).isEqualTo("subjectIin");
        assertThat(first.get(2).path("result").asText()).isEqualTo("REFUSED");
        assertThat(first.get(3).path("problem").path("type").asText()).endsWith("/pdl-7-8-purpose-not-registered");
        assertThat(first.get(3).path("line").asInt()).isEqualTo(5);
        assertThat(first.get(4).path("problem").path("type").asText()).endsWith("/pdl-8-5-term-exceeds-purpose");
        assertThat(first.get(5).path("result").asText()).isEqualTo("ACCEPTED");
        assertThat(first.get(6).path("summary").path("accepted").asInt()).isEqualTo(2);
        assertThat(first.get(6).path("summary").path("refused").asInt()).isEqualTo(4);

        List<JsonNode> again = post(ndjson);
        assertThat(again.get(0).path("result").asText()).isEqualTo("REPLAYED");
        assertThat(again.get(0).path("consentId")).isEqualTo(first.get(0).path("consentId"));
        assertThat(again.get(5).path("result").asText()).isEqualTo("REPLAYED");
        assertThat(again.get(6).path("summary").path("accepted").asInt()).isZero();
    }

    @Test
    @DisplayName("PDL-8.5: the import keeps the term rules of a grant: a fixed term under an until-achieved purpose without a basis is refused, a missing term under a maximum is capped")
    void import_keeps_the_term_rules() throws Exception {
        String open = Given.uniqueCode("until");
        String bounded = Given.uniqueCode("p1y");
        given.purpose(BANK, open, null, List.of());
        given.purpose(BANK, bounded, "P1Y", List.of());
        List<JsonNode> lines = post(String.join("\n",
                "{\"subjectIin\":\"" + AIGERIM + "\",\"purposeCode\":\"" + open + "\",\"validUntil\":\"2099-01-01T00:00:00Z\"}",
                "{\"subjectIin\":\"" + AIGERIM + "\",\"purposeCode\":\"" + bounded + "\"}") + "\n");
        assertThat(lines.get(0).path("problem").path("type").asText()).endsWith("/pdl-8-5-term-without-basis");
        assertThat(lines.get(1).path("result").asText()).isEqualTo("ACCEPTED");
        given().get("/api/v1/consents/" + lines.get(1).path("consentId").asText()).then().statusCode(200)
                .body("termCapped", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    @DisplayName("A large import streams through, one result per line")
    void large_import_streams() throws Exception {
        String code = Given.uniqueCode("bulk");
        given.purpose(BANK, code, null, List.of());
        StringBuilder sb = new StringBuilder();
        int n = 500;
        for (int i = 0; i < n; i++) {
            sb.append("{\"subjectIin\":\"").append(AIGERIM).append("\",\"purposeCode\":\"").append(code)
                    .append("\",\"idempotencyKey\":\"bulk-").append(code).append('-').append(i).append("\"}\n");
        }
        List<JsonNode> lines = post(sb.toString());
        assertThat(lines).hasSize(n + 1);
        assertThat(lines.get(n).path("summary").path("accepted").asInt()).isEqualTo(n);
    }

    @Test
    @DisplayName("A line the database cannot store (U+0000) is refused with 400; the lines of its chunk around it are still stored")
    void an_unstorable_line_costs_only_itself() throws Exception {
        String code = Given.uniqueCode("chunk");
        given.purpose(BANK, code, null, List.of());
        String ndjson = String.join("\n",
                "{\"subjectIin\":\"" + AIGERIM + "\",\"purposeCode\":\"" + code + "\",\"idempotencyKey\":\"" + code + "-1\"}",
                "{\"subjectIin\":\"" + AIGERIM + "\",\"purposeCode\":\"" + code + "\\u0000\",\"idempotencyKey\":\"" + code + "-2\"}",
                "{\"subjectIin\":\"" + Given.DANIYAR + "\",\"purposeCode\":\"" + code + "\",\"idempotencyKey\":\"" + code + "-3\"}") + "\n";
        List<JsonNode> answer = post(ndjson);
        assertThat(answer).extracting(n -> n.path("result").asText()).containsExactly("ACCEPTED", "REFUSED", "ACCEPTED", "");
        assertThat(answer.get(1).path("problem").path("status").asInt()).isEqualTo(400);
        assertThat(answer.get(3).path("summary").path("accepted").asInt()).isEqualTo(2);
        for (int i : new int[] {0, 2}) {
            given().get("/api/v1/consents/" + answer.get(i).path("consentId").asText()).then().statusCode(200);
        }
    }

    @Test
    @DisplayName("An import longer than one chunk reports every line once, in order, and a key reused within the file for another consent is refused")
    void several_chunks() throws Exception {
        String code = Given.uniqueCode("chunks");
        given.purpose(BANK, code, null, List.of());
        StringBuilder sb = new StringBuilder();
        int n = 1201;
        for (int i = 0; i < n; i++) {
            String key = i == 1100 ? "k-" + code + "-3" : "k-" + code + "-" + i;
            String iin = i == 1100 ? Given.DANIYAR : AIGERIM;
            sb.append("{\"subjectIin\":\"").append(iin).append("\",\"purposeCode\":\"").append(code)
                    .append("\",\"idempotencyKey\":\"").append(key).append("\"}\n");
        }
        List<JsonNode> lines = post(sb.toString());
        assertThat(lines).hasSize(n + 1);
        for (int i = 0; i < n; i++) {
            assertThat(lines.get(i).path("line").asInt()).isEqualTo(i + 1);
        }
        assertThat(lines.get(1100).path("problem").path("type").asText()).endsWith("/idempotency-key-reused");
        assertThat(lines.get(n).path("summary").path("accepted").asInt()).isEqualTo(n - 1);
        assertThat(lines.get(n).path("summary").path("refused").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("Inside one chunk a key repeated for the same consent replays the earlier line and one repeated for another consent is refused; each stored consent has one GRANTED entry and the audit log verifies")
    void keys_repeated_inside_one_chunk() throws Exception {
        String code = Given.uniqueCode("same-chunk");
        given.purpose(BANK, code, null, List.of());
        String line = "{\"subjectIin\":\"" + AIGERIM + "\",\"purposeCode\":\"" + code + "\",\"idempotencyKey\":\"" + code + "-a\"}";
        String ndjson = String.join("\n", line,
                "{\"subjectIin\":\"" + Given.DANIYAR + "\",\"purposeCode\":\"" + code + "\",\"idempotencyKey\":\"" + code + "-b\"}",
                line,
                "{\"subjectIin\":\"" + Given.DANIYAR + "\",\"purposeCode\":\"" + code + "\",\"idempotencyKey\":\"" + code + "-a\"}") + "\n";
        List<JsonNode> answer = post(ndjson);
        assertThat(answer).extracting(n -> n.path("result").asText()).containsExactly("ACCEPTED", "ACCEPTED", "REPLAYED", "REFUSED", "");
        assertThat(answer.get(2).path("consentId")).isEqualTo(answer.get(0).path("consentId"));
        assertThat(answer.get(3).path("problem").path("type").asText()).endsWith("/idempotency-key-reused");
        assertThat(answer.get(4).path("summary").path("replayed").asInt()).isEqualTo(1);
        for (int i : new int[] {0, 1}) {
            UUID id = UUID.fromString(answer.get(i).path("consentId").asText());
            assertThat(QuarkusTransaction.requiringNew().call(() -> auditEntries.forAggregate(id)))
                    .extracting(AuditEntry::action).containsExactly("GRANTED");
        }
        assertThat(sequencer.sequence()).isPresent();
        assertThat(audit.verify().intact()).isTrue();
    }

    private static List<JsonNode> post(String body) throws Exception {
        String answer = given().urlEncodingEnabled(false).contentType("application/x-ndjson").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/consents:import")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        List<JsonNode> out = new ArrayList<>();
        for (String line : answer.split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }
}
