package kz.kelisim.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The spine end to end with real tokens: consent-service, the outbox, Kafka, notification-service.
 */
class SkeletonFlowTest {

    static final String AIGERIM_IIN = "900515401230";
    static final String DEMO_BANK_BIN = "050140001238";

    @Test
    @DisplayName("demo-bank records aigerim's consent; aigerim finds the notice in her inbox and daniyar never sees it")
    void consent_reaches_the_subjects_inbox_and_only_hers() {
        String purpose = "system-" + UUID.randomUUID().toString().substring(0, 8);
        // PDL-7.8: consents are recorded only for a purpose registered beforehand.
        ConsentLifecycleSystemTest.registerPurpose(Tokens.operator("demo-bank"), purpose);
        given().auth().oauth2(Tokens.operator("demo-bank"))
                .contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"subjectIin\": \"" + AIGERIM_IIN + "\", \"purposeCode\": \"" + purpose + "\"}")
                .post(Suite.consent() + "/api/v1/consents")
                .then().statusCode(201)
                .body("operatorId", equalTo(DEMO_BANK_BIN))
                .body("subjectIin", equalTo(AIGERIM_IIN));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> inboxBodies("aigerim").stream().anyMatch(b -> b.contains(purpose)));

        assertThat(inboxBodies("daniyar")).noneMatch(b -> b.contains(purpose));
        given().auth().oauth2(Tokens.user("aigerim")).get(Suite.consent() + "/api/v1/me/consents")
                .then().statusCode(200)
                .body("find { it.purposeCode == '" + purpose + "' }.status", equalTo("ACTIVE"));
    }

    @Test
    @DisplayName("ID-1: an IIN with a wrong check digit gets 400 problem+json from the running service")
    void wrong_iin_is_refused_with_problem_json() {
        given().auth().oauth2(Tokens.operator("demo-telecom"))
                .contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"subjectIin\": \"900515401231\", \"purposeCode\": \"x\"}")
                .post(Suite.consent() + "/api/v1/consents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("subjectIin"));
    }

    private static List<String> inboxBodies(String user) {
        return given().auth().oauth2(Tokens.user(user)).header("Accept-Language", "en")
                .get(Suite.notification() + "/api/v1/me/notifications")
                .then().statusCode(200).extract().path("body");
    }
}
