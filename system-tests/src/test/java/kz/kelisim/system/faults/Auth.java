package kz.kelisim.system.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real access tokens from the suite's Keycloak, fetched once per scenario (they live 15 minutes):
 * client credentials for operators, the demo-only kelisim-cli password grant for subjects.
 */
final class Auth {

    static final String BANK = "demo-bank";
    static final String TELECOM = "demo-telecom";
    static final String BANK_BIN = "050140001238";
    static final String TELECOM_BIN = "120340004562";

    /** The demo subjects and their IINs (deploy/keycloak/kelisim-realm.json). */
    static final Map<String, String> SUBJECTS = Map.of(
            "aigerim", "900515401230",
            "daniyar", "851102304561",
            "gulnara", "880502400037");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Auth() {
    }

    static String operator(String clientId) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientId + "-secret"));
    }

    static String subject(String username) {
        return token(Map.of("grant_type", "password", "client_id", "kelisim-cli", "username", username, "password", "demo"));
    }

    static String admin() {
        return subject("admin");
    }

    private static String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.keycloak() + "/realms/kelisim/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + form.get("client_id") + ": "
                        + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
