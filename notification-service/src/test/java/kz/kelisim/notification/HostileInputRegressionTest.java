package kz.kelisim.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Inputs the system tier's hostile-input generator found answering 500 or too slowly; each must be
 * a prompt 400 problem+json.
 */
@QuarkusTest
class HostileInputRegressionTest {

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "050140001238"))
    @DisplayName("BRN-1: a breach detected before the calendar's first year cannot start its term: 400, not 500")
    void breach_detected_outside_the_calendar_is_a_client_error() {
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"detectedAt\":\"1970-01-01T00:00:00Z\",\"description\":\"Backup copied\",\"dataCategories\":[\"IIN\"],"
                        + "\"measures\":\"Closed\",\"subjects\":[{\"iin\":\"900515401230\"}]}")
                .post("/api/v1/breaches")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("calendar"));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "050140001238"))
    @DisplayName("A webhook naming 100,000 event types is refused at once with one error, not one per entry")
    void huge_event_type_list_is_refused_at_once() {
        String types = IntStream.range(0, 100_000).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(","));
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"url\":\"http://127.0.0.1:9/x\",\"eventTypes\":[" + types + "]}")
                .post("/api/v1/webhooks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].message", containsString("at most 100"));
    }
}
