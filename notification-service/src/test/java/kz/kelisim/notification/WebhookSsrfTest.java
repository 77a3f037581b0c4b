package kz.kelisim.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.consent.ConsentRevoked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Webhooks at send time (SSRF): the sender resolves the host again before every attempt, refuses an
 * address that is no longer allowed without connecting, connects to the address it checked, and
 * tells the owner what happened in a few fixed words, never an exception's text. The test profile
 * allows loopback, so the receivers on 127.0.0.1 are reachable; {@link FakeDns} gives host names the
 * addresses each test needs.
 */
@QuarkusTest
@TestSecurity(user = "acme", roles = "operator")
@OidcSecurity(claims = @Claim(key = "operator_id", value = WebhookDeliveryTest.OPERATOR))
class WebhookSsrfTest {

    static final String REVOKED = "[\"" + ConsentRevoked.TYPE + "\"]";

    @Inject
    Events events;
    @Inject
    SubjectPseudonym pseudonym;
    @Inject
    FakeDns dns;

    @Test
    @DisplayName("SSRF: a delivery to an address that became private after registration is not sent, and its log says \"address not allowed\"")
    void a_host_that_turns_private_is_not_called() throws Exception {
        String host = "rebind-" + tag() + ".kelisim.test";
        dns.answer(host, "127.0.0.1");
        try (Receiver receiver = new Receiver(0)) {
            String endpoint = register(receiver.url(host), REVOKED);
            try {
                String before = "before-" + tag();
                events.send(WebhookDeliveryTest.revoked(pseudonym, before));
                await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(before).stream().anyMatch(r -> r.answered() == 204));

                // The DNS answer changes (rebinding): the host now resolves to a private address as well.
                // The receiver's own address stays beside it, so a sender that connected anyway would be seen.
                dns.answer(host, "127.0.0.1", "10.0.0.5");
                String after = "after-" + tag();
                events.send(WebhookDeliveryTest.revoked(pseudonym, after));
                String dead = awaitDelivery(endpoint, "DEAD");
                given().get("/api/v1/webhooks/deliveries/" + dead).then().statusCode(200)
                        .body("attempts", equalTo(4))
                        .body("lastStatusCode", equalTo(null))
                        .body("lastError", equalTo("address not allowed"))
                        .body("log.outcome", everyItem(equalTo("FAILED")))
                        .body("log.detail", everyItem(equalTo("address not allowed")));
                assertThat(receiver.about(after)).isEmpty();
            } finally {
                given().delete("/api/v1/webhooks/" + endpoint).then().statusCode(204);
            }
        }
    }

    @Test
    @DisplayName("SSRF: the request goes to the address that was checked, with the URL's host name in the Host header")
    void the_request_goes_to_the_checked_address() throws Exception {
        // No real DNS server knows this name: the request can only have reached the receiver through the
        // address the sender resolved and checked.
        String host = "pinned-" + tag() + ".kelisim.test";
        dns.answer(host, "127.0.0.1");
        try (Receiver receiver = new Receiver(0)) {
            String endpoint = register(receiver.url(host), REVOKED);
            try {
                String purpose = "pinned-" + tag();
                events.send(WebhookDeliveryTest.revoked(pseudonym, purpose));
                await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.about(purpose).isEmpty());
                Receiver.Request r = receiver.about(purpose).get(0);
                assertThat(r.answered()).isEqualTo(204);
                assertThat(r.host()).isEqualTo(host + ":" + receiver.port());
                assertThat(r.signature()).isEqualTo(WebhookSignature.sign(WebhookDeliveryTest.SECRET, r.id(),
                        Long.parseLong(r.timestamp()), r.body()));
            } finally {
                given().delete("/api/v1/webhooks/" + endpoint).then().statusCode(204);
            }
        }
    }

    @Test
    @DisplayName("The delivery log says \"connection failed\", not an exception's text, when the receiver refuses the connection")
    void a_refused_connection_is_logged_as_connection_failed() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = socket.getLocalPort();
        }
        String endpoint = register("http://127.0.0.1:" + closed + "/refused", REVOKED);
        try {
            events.send(WebhookDeliveryTest.revoked(pseudonym, "refused-" + tag()));
            String dead = awaitDelivery(endpoint, "DEAD");
            String body = given().get("/api/v1/webhooks/deliveries/" + dead).then().statusCode(200)
                    .body("lastError", equalTo("connection failed"))
                    .body("log.detail", everyItem(equalTo("connection failed")))
                    .extract().asString();
            assertThat(body).doesNotContain("Exception").doesNotContain("refused").doesNotContain("java.");
        } finally {
            given().delete("/api/v1/webhooks/" + endpoint).then().statusCode(204);
        }
    }

    @Test
    @DisplayName("The delivery log says \"timeout\" when the receiver accepts the connection but does not answer")
    void a_silent_receiver_is_logged_as_timeout() throws Exception {
        // The kernel accepts connections into the backlog; nothing ever reads or answers them.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String endpoint = register("http://127.0.0.1:" + silent.getLocalPort() + "/silent", REVOKED);
            try {
                events.send(WebhookDeliveryTest.revoked(pseudonym, "silent-" + tag()));
                String delivery = awaitDelivery(endpoint, null);
                await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/webhooks/deliveries/" + delivery)
                        .then().extract().<Integer>path("attempts") >= 1);
                given().get("/api/v1/webhooks/deliveries/" + delivery).then().statusCode(200)
                        .body("log[0].outcome", equalTo("FAILED"))
                        .body("log[0].detail", equalTo("timeout"));
            } finally {
                given().delete("/api/v1/webhooks/" + endpoint).then().statusCode(204);
            }
        }
    }

    /** Registers an endpoint for the calling operator and returns its id. */
    static String register(String url, String types) {
        return given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"url\": \"" + url + "\", \"eventTypes\": " + types + ", \"secret\": \"" + WebhookDeliveryTest.SECRET + "\"}")
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    /** Waits for a delivery to the endpoint (in the given status, or any) and returns its id. */
    static String awaitDelivery(String endpoint, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            var request = given().queryParam("endpoint", endpoint);
            if (status != null) {
                request = request.queryParam("status", status);
            }
            List<String> ids = JsonPath.from(request.get("/api/v1/webhooks/deliveries").then().statusCode(200)
                    .extract().asString()).getList("id");
            return ids.isEmpty() ? null : ids.get(0);
        }, id -> id != null);
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
