package kz.kelisim.system;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the suite's Keycloak: client credentials for operators, and the password
 * grant through the demo-only kelisim-cli client for people. Cached per caller, as clients do.
 */
public final class Tokens {

    public static final String PASSWORD = "demo";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String operator(String clientId) {
        return CACHE.computeIfAbsent("client:" + clientId, k -> request(Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", clientId + "-secret")));
    }

    public static String user(String username) {
        return CACHE.computeIfAbsent("user:" + username, k -> request(Map.of(
                "grant_type", "password", "client_id", "kelisim-cli", "username", username, "password", PASSWORD)));
    }

    /** A fresh token (never cached) from a client of the given realm. */
    public static String fresh(String realm, String clientId) {
        return request(realm, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-secret"));
    }

    private static String request(Map<String, String> form) {
        return request("kelisim", form);
    }

    private static String request(String realm, Map<String, String> form) {
        return given().formParams(form)
                .post(Suite.keycloak() + "/realms/" + realm + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
