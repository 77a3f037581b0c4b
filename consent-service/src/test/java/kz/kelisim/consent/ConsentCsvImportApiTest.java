package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static kz.kelisim.consent.Given.DANIYAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.kelisim.consent.service.ConsentService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Legacy systems export CSV: the import takes it with the same per-row report, rules and idempotency as NDJSON.
 */
@QuarkusTest
@TestSecurity(user = "demo-bank", roles = "operator")
@OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
class ConsentCsvImportApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Given given;
    @Inject
    ConsentService consents;

    static List<JsonNode> post(String csv) throws Exception {
        String answer = given().urlEncodingEnabled(false).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/consents:import").then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        List<JsonNode> out = new ArrayList<>();
        for (String line : answer.split("\n")) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    @DisplayName("A CSV import with a byte order mark, quoted cells and CRLF rows answers per row with its line in the file; re-sending it imports nothing twice")
    void csv_rows_are_imported_with_a_report_per_row() throws Exception {
        String code = Given.uniqueCode("csv");
        given.purpose(BANK, code, "P1Y", List.of());
        String csv = "\uFEFFpurposeCode,subjectIin,evidence.channel,evidence.method,evidence.language\r\n"
                + code + "," + AIGERIM + ",branch,\"paper form, signed\",ru\r\n"
                + code + ",900515401231,web,checkbox,kk\r\n"
                + "\r\n"
                + code + "," + DANIYAR + ",web\r\n"
                + code + "," + DANIYAR + ",web,\"checkbox\nwith a note\",kk\r\n";
        List<JsonNode> first = post(csv);

        assertThat(first).extracting(l -> l.path("line").asInt()).startsWith(2, 3, 5, 6);
        assertThat(first.get(0).path("result").asText()).isEqualTo("ACCEPTED");
        assertThat(first.get(1).path("problem").path("errors").get(0).path("field").asText()).isEqualTo("subjectIin");
        assertThat(first.get(2).path("problem").path("errors").get(0).path("field").asText()).isEqualTo("row");
        assertThat(first.get(2).path("problem").path("detail").asText()).contains("3 fields where the header names 5");
        assertThat(first.get(3).path("result").asText()).isEqualTo("ACCEPTED");
        assertThat(first.get(4).path("summary").path("accepted").asInt()).isEqualTo(2);
        assertThat(first.get(4).path("summary").path("refused").asInt()).isEqualTo(2);
        Consent aigerims = consents.getForOperator(UUID.fromString(first.get(0).path("consentId").asText()), BANK);
        assertThat(aigerims.evidence().method()).isEqualTo("paper form, signed");
        assertThat(aigerims.evidence().language()).isEqualTo("ru");
        assertThat(aigerims.validUntil()).as("capped at the purpose's P1Y (PDL-8.5)").isNotNull();

        List<JsonNode> again = post(csv);
        assertThat(again.get(0).path("result").asText()).isEqualTo("REPLAYED");
        assertThat(again.get(0).path("consentId")).isEqualTo(first.get(0).path("consentId"));
        assertThat(again.get(4).path("summary").path("accepted").asInt()).isZero();
    }

    @Test
    @DisplayName("A CSV header that names an unknown column, a column twice or leaves out subjectIin is 400 before anything is imported")
    void bad_headers_are_400_naming_the_header() {
        given().urlEncodingEnabled(false).contentType("text/csv").body("subjectIin,purposeCode,colour\n" + AIGERIM + ",x,red\n")
                .post("/api/v1/consents:import").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("header")).body("detail", containsString("unknown column 'colour'"));
        given().urlEncodingEnabled(false).contentType("text/csv").body("purposeCode,purposeCode\nx,y\n").post("/api/v1/consents:import").then()
                .statusCode(400).body("errors.message", hasItem(containsString("'purposeCode' twice")))
                .body("errors.message", hasItem(containsString("'subjectIin'")));
        given().urlEncodingEnabled(false).contentType("text/csv").body("").post("/api/v1/consents:import").then().statusCode(400)
                .body("errors.field", hasItem("header"));
    }
}
