package kz.kelisim.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.util.Map;
import kz.kelisim.system.faults.Stack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rate limits with real Keycloak tokens. The suite's own instances run with the subject limit lifted
 * (the other system tests send thousands of requests per subject), so this test starts a third
 * consent-service instance beside them, on the same database and broker, with tight budgets set
 * through the environment, and stops it afterwards.
 */
class RateLimitSystemTest {

    static final int INSTANCE = 3;
    static final Map<String, String> TIGHT = Map.of(
            "KELISIM_INSTANCE", Integer.toString(INSTANCE),
            "KELISIM_RATE_LIMIT_SUBJECT_PER_SECOND", "0.001",
            "KELISIM_RATE_LIMIT_SUBJECT_BURST", "3",
            "KELISIM_RATE_LIMIT_CONSENT_CHECK_PER_SECOND", "0.001",
            "KELISIM_RATE_LIMIT_CONSENT_CHECK_BURST", "3");

    static String consent;

    @BeforeAll
    static void startInstanceWithTightLimits() {
        Stack.script(TIGHT, "services.sh", "start", Stack.CONSENT);
        consent = Stack.url(Stack.CONSENT, INSTANCE);
    }

    @AfterAll
    static void stopInstance() {
        Stack.script(TIGHT, "services.sh", "stop", Stack.CONSENT);
    }

    @Test
    @DisplayName("A subject over their budget gets 429 problem+json with Retry-After from a real token; another subject's budget is untouched")
    void subject_budget() {
        String aigerim = Tokens.user("aigerim");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(aigerim).get(consent + "/api/v1/me/consents").then().statusCode(200);
        }
        assertRateLimited(given().auth().oauth2(aigerim).get(consent + "/api/v1/me/consents"));
        given().auth().oauth2(Tokens.user("daniyar")).get(consent + "/api/v1/me/consents").then().statusCode(200);
    }

    @Test
    @DisplayName("An operator client over its consent-check budget gets 429 with Retry-After; another operator's client is still answered")
    void consent_check_budget() {
        String bank = Tokens.operator("demo-bank");
        for (int i = 0; i < 3; i++) {
            check(bank).then().statusCode(200);
        }
        assertRateLimited(check(bank));
        check(Tokens.operator("demo-telecom")).then().statusCode(200);
    }

    private static Response check(String token) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"subjectIin\":\"900515401230\",\"purposeCode\":\"credit-scoring\"}")
                .post(consent + "/api/v1/consent-checks");
    }

    private static void assertRateLimited(Response response) {
        response.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://kelisim.kz/problems/rate-limited"));
        assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
    }
}
