package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static kz.kelisim.consent.Given.TELECOM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Budgets tightened so the test reaches them in a few calls and nothing refills while it runs:
 * the consent check allows 2 per client, the subjects' endpoints 3 per person.
 */
@QuarkusTest
@TestProfile(RateLimitApiTest.TightLimits.class)
class RateLimitApiTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kelisim.rate-limit.consent-check.per-second", "0.0001", "kelisim.rate-limit.consent-check.burst", "2",
                    "kelisim.rate-limit.subject.per-second", "0.0001", "kelisim.rate-limit.subject.burst", "3");
        }
    }

    static ValidatableResponse check() {
        return given().contentType(ContentType.JSON)
                .body("{\"subjectIin\":\"" + AIGERIM + "\",\"purposeCode\":\"no-such-purpose\"}")
                .post("/api/v1/consent-checks").then();
    }

    static void assertRateLimited(ValidatableResponse response) {
        response.statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("https://kelisim.kz/problems/rate-limited"))
                .body("detail", containsString("retry after"));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("An operator past its consent-check budget gets 429 problem+json with Retry-After")
    void consent_check_budget() {
        check().statusCode(200);
        check().statusCode(200);
        assertRateLimited(check());
    }

    @Test
    @TestSecurity(user = "demo-telecom", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = TELECOM))
    @DisplayName("Each operator has its own consent-check budget, and other endpoints are not limited")
    void budgets_are_per_client() {
        check().statusCode(200);
        check().statusCode(200);
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/obligations").then().statusCode(200);
        }
        assertRateLimited(check());
    }

    @Test
    @TestSecurity(user = "demo-insurer", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "180240012348"))
    @DisplayName("A batch of consent checks spends one request per item: a batch the size of the budget empties it, and a larger one is 400")
    void a_batch_spends_one_request_per_item() {
        String item = "{\"subjectIin\":\"" + AIGERIM + "\",\"purposeCode\":\"no-such-purpose\"}";
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"items\":[" + item + "," + item + "," + item + "]}")
                .post("/api/v1/consent-checks:batch").then().statusCode(400)
                .body("errors[0].field", equalTo("items")).body("errors[0].message", containsString("1 to 2"));
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"items\":[" + item + "," + item + "]}")
                .post("/api/v1/consent-checks:batch").then().statusCode(200).body("answers.size()", equalTo(2));
        assertRateLimited(check());
        assertRateLimited(given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"items\":[" + item + "]}")
                .post("/api/v1/consent-checks:batch").then());
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = AIGERIM))
    @DisplayName("A subject past her budget on her own endpoints gets 429 problem+json with Retry-After")
    void subject_budget() {
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/me/consents").then().statusCode(200);
        }
        assertRateLimited(given().get("/api/v1/me/consents").then());
    }

    @Test
    @TestSecurity(user = "daniyar", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = "851102304561"))
    @DisplayName("Another subject has a whole budget of his own, whichever of the two runs first")
    void subjects_have_their_own_budget() {
        for (int i = 0; i < 3; i++) {
            given().get("/api/v1/me/consents").then().statusCode(200);
        }
        assertRateLimited(given().get("/api/v1/me/consents").then());
    }
}
