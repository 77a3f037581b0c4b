package kz.kelisim.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real tokens against the running services: no token is 401, the wrong role is 403.
 */
class AccessTest {

    @ParameterizedTest
    @ValueSource(strings = {"consent:/api/v1/me/consents", "notification:/api/v1/me/notifications",
            "objection:/api/v1/me/processing-activities"})
    @DisplayName("A call with no token gets 401")
    void no_token_is_401(String target) {
        given().get(url(target)).then().statusCode(401);
    }

    @Test
    @DisplayName("A forged token (valid shape, wrong signature) gets 401")
    void forged_token_is_401() {
        String real = Tokens.user("aigerim");
        String forged = real.substring(0, real.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged).get(Suite.consent() + "/api/v1/me/consents").then().statusCode(401);
    }

    @Test
    @DisplayName("A subject calling an operator endpoint gets 403 problem+json")
    void subject_on_operator_endpoint_is_403() {
        given().auth().oauth2(Tokens.user("aigerim"))
                .contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"subjectIin\": \"900515401230\", \"purposeCode\": \"x\"}")
                .post(Suite.consent() + "/api/v1/consents")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @DisplayName("An operator calling a subject's inbox gets 403")
    void operator_on_subject_inbox_is_403() {
        given().auth().oauth2(Tokens.operator("demo-bank"))
                .get(Suite.notification() + "/api/v1/me/notifications").then().statusCode(403);
    }

    @Test
    @DisplayName("Operator staff users carry their operator's BIN")
    void bank_officer_acts_for_demo_bank() {
        ConsentLifecycleSystemTest.registerPurpose(Tokens.user("bank-officer"), "branch-visit");
        given().auth().oauth2(Tokens.user("bank-officer"))
                .contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"subjectIin\": \"851102304561\", \"purposeCode\": \"branch-visit\"}")
                .post(Suite.consent() + "/api/v1/consents")
                .then().statusCode(201).body("operatorId", equalTo("050140001238"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"consent", "objection", "notification", "portal"})
    @DisplayName("Every part of the suite is ready")
    void every_service_is_ready(String service) {
        given().get(url(service + ":/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
    }

    private static String url(String target) {
        String[] parts = target.split(":", 2);
        String base = switch (parts[0]) {
            case "consent" -> Suite.consent();
            case "objection" -> Suite.objection();
            case "notification" -> Suite.notification();
            default -> Suite.portal();
        };
        return base + parts[1];
    }
}
