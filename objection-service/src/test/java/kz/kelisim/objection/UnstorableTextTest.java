package kz.kelisim.objection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Found by the hostile-input system test: PostgreSQL cannot store U+0000 in a text, and the client
 * must hear that as a 400 problem, never as a 500.
 */
@QuarkusTest
class UnstorableTextTest {

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "050140001238"))
    @DisplayName("A NUL character in a text field gets 400 problem+json, not 500")
    void nul_character_is_a_client_error() {
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"activityCode\":\"credit\\u0000scoring\",\"subjectIin\":\"900515401230\","
                        + "\"outcome\":\"Refused\",\"decidedAt\":\"" + java.time.Instant.now() + "\"}")
                .post("/api/v1/decisions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("cannot be stored"));
    }
}
