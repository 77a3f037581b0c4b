package kz.kelisim.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tokens that must never get in, against the running services: each is refused with 401 (or 403
 * where the token is valid but lacks a claim the request needs), never 200 and never 500.
 * Each case has a control that differs only in the one property under test.
 */
class TokenAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String operatorEndpoint() {
        return Suite.consent() + "/api/v1/consents/" + UUID.randomUUID();
    }

    @Test
    @DisplayName("Control: a valid demo-bank token reaches the operator endpoint (404 for an unknown id)")
    void valid_operator_token_is_accepted() {
        given().auth().oauth2(Tokens.operator("demo-bank")).get(operatorEndpoint()).then().statusCode(404);
    }

    @Test
    @DisplayName("A token without the kelisim-api audience is refused")
    void wrong_audience_is_401() {
        String token = Tokens.fresh("kelisim", "probe-no-audience");
        assertThat(claims(token).path("aud").toString()).doesNotContain("kelisim-api");
        given().auth().oauth2(token).get(operatorEndpoint()).then().statusCode(401);
    }

    @Test
    @DisplayName("An expired token is refused")
    void expired_token_is_401() {
        String token = Tokens.fresh("kelisim", "probe-short-lived");
        long exp = claims(token).path("exp").asLong();
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().getEpochSecond() > exp + 1);
        given().auth().oauth2(token).get(operatorEndpoint()).then().statusCode(401);
    }

    @Test
    @DisplayName("A token from another realm (other issuer and keys) is refused, even with the right claims")
    void other_realm_is_401() {
        String token = Tokens.fresh("outsider", "outsider-bank");
        assertThat(claims(token).path("operator_id").asText()).isEqualTo("050140001238");
        assertThat(claims(token).path("iss").asText()).endsWith("/realms/outsider");
        given().auth().oauth2(token).get(operatorEndpoint()).then().statusCode(401);
    }

    @Test
    @DisplayName("A token with alg 'none' and no signature is refused")
    void alg_none_is_401() {
        String real = Tokens.operator("demo-bank");
        String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String unsigned = header + "." + real.split("\\.")[1] + ".";
        given().auth().oauth2(unsigned).get(operatorEndpoint()).then().statusCode(401);
    }

    @Test
    @DisplayName("A token whose claims were changed (operator_id, not-before in the future) fails its signature")
    void tampered_claims_are_401() throws Exception {
        String[] real = Tokens.operator("demo-bank").split("\\.");
        ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(real[1]));
        payload.put("operator_id", "120340004562");
        payload.put("nbf", Instant.now().plusSeconds(3600).getEpochSecond());
        String tampered = real[0] + "." + encode(JSON.writeValueAsString(payload)) + "." + real[2];
        given().auth().oauth2(tampered).get(operatorEndpoint()).then().statusCode(401);
    }

    @Test
    @DisplayName("Garbage in the Authorization header is refused")
    void garbage_token_is_401() {
        given().header("Authorization", "Bearer not-a-jwt").get(operatorEndpoint()).then().statusCode(401);
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=").get(operatorEndpoint()).then().statusCode(401);
    }

    @Test
    @DisplayName("A subject token without the iin claim gets 403 problem+json where the IIN is needed")
    void missing_iin_claim_is_403() {
        given().auth().oauth2(Tokens.user("probe-no-iin")).get(Suite.notification() + "/api/v1/me/notifications")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("aigerim")).get(Suite.notification() + "/api/v1/me/notifications")
                .then().statusCode(200);
    }

    private static ObjectNode claims(String token) {
        try {
            return (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
