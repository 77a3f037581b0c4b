package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.BANK;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "demo-bank", roles = "operator")
@OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
class RequestLimitsApiTest {

    static String nested(int depth) {
        return "{\"subjectIin\":\"900515401230\",\"purposeCode\":\"x\",\"extra\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
    }

    @Test
    @DisplayName("A body nested deeper than the configured 32 levels is refused while parsing: 400 problem+json naming the limit")
    void deep_nesting_is_refused() {
        given().contentType(ContentType.JSON).body(nested(40)).post("/api/v1/consent-checks").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://kelisim.kz/problems/invalid-input"))
                .body("detail", containsString("nesting depth"));
    }
}
