package kz.kelisim.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.kelisim.contracts.consent.ConsentRevoked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Registration under the production rules (SSRF): https on port 443 only, and a host that resolves
 * only to public addresses, loopback included among the refused ones. The answer is a 400
 * problem+json naming {@code url} and saying what is expected, never a Java class name.
 */
@QuarkusTest
@TestProfile(WebhookProductionRulesTest.ProductionRules.class)
@TestSecurity(user = "acme", roles = "operator")
@OidcSecurity(claims = @Claim(key = "operator_id", value = WebhookDeliveryTest.OPERATOR))
class WebhookProductionRulesTest {

    /** The defaults every real deployment runs with, which the test profile relaxes. */
    public static class ProductionRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kelisim.webhooks.require-https", "true", "kelisim.webhooks.allow-loopback", "false");
        }
    }

    static final String REVOKED = "[\"" + ConsentRevoked.TYPE + "\"]";
    static final String PUBLIC = "93.184.215.14";

    @Inject
    FakeDns dns;

    @ParameterizedTest(name = "A webhook to {0} is refused at registration (SSRF)")
    @DisplayName("A webhook to an address in a refused range is refused at registration (SSRF)")
    @CsvSource(delimiter = '|', textBlock = """
            a private address (10/8)                          | https://10.0.0.5/hook                  | 10.0.0.5 is a private address (RFC 1918)
            a private address (172.16/12)                     | https://172.16.3.4/hook                | 172.16.3.4 is a private address (RFC 1918)
            a private address (192.168/16)                    | https://192.168.1.1/hook               | 192.168.1.1 is a private address (RFC 1918)
            a loopback address                                | https://127.0.0.1/hook                 | 127.0.0.1 is a loopback address
            a loopback address (IPv6)                         | https://[::1]/hook                     | ::1 is a loopback address
            a link-local address (cloud metadata)             | https://169.254.169.254/latest/meta-data | 169.254.169.254 is a link-local address
            a link-local address (IPv6)                       | https://[fe80::1]/hook                 | fe80::1 is a link-local address
            a carrier-grade NAT address                       | https://100.64.0.1/hook                | 100.64.0.1 is a carrier-grade NAT address (RFC 6598)
            a unique local address (IPv6)                     | https://[fd12:3456::1]/hook            | fd12:3456::1 is a unique local address (RFC 4193)
            a multicast address                               | https://224.0.0.1/hook                 | 224.0.0.1 is a multicast address
            a multicast address (IPv6)                        | https://[ff02::1]/hook                 | ff02::1 is a multicast address
            an unspecified address                            | https://0.0.0.0/hook                   | 0.0.0.0 is an unspecified address
            an unspecified address (IPv6)                     | https://[::]/hook                      | :: is an unspecified address
            an IPv4-mapped IPv6 private address               | https://[::ffff:10.0.0.5]/hook         | ::ffff:10.0.0.5 is a private address (RFC 1918)
            an IPv4-mapped IPv6 loopback address              | https://[::ffff:127.0.0.1]/hook        | ::ffff:127.0.0.1 is a loopback address
            an IPv4-mapped IPv6 link-local address (hex form) | https://[::ffff:a9fe:a9fe]/hook        | ::ffff:a9fe:a9fe is a link-local address
            """)
    void an_address_in_a_refused_range_is_refused(String family, String url, String says) {
        String body = refused(url)
                .body("errors[0].message", equalTo("must resolve to a public address; " + says))
                .extract().asString();
        assertThat(body).doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    @DisplayName("A webhook to a host name that resolves to loopback (localhost) is refused where loopback is not allowed (SSRF)")
    void localhost_is_refused() {
        refused("https://localhost/hook")
                .body("errors[0].message", containsString("must resolve to a public address; localhost resolves to "))
                .body("errors[0].message", containsString(", a loopback address"));
    }

    @Test
    @DisplayName("A webhook to a host name with any address in a refused range is refused, even beside a public one (SSRF)")
    void one_refused_address_refuses_the_host() {
        String host = "mixed-" + WebhookSsrfTest.tag() + ".kelisim.test";
        dns.answer(host, PUBLIC, "10.0.0.5");
        refused("https://" + host + "/hook").body("errors[0].message",
                equalTo("must resolve to a public address; " + host + " resolves to 10.0.0.5, a private address (RFC 1918)"));
    }

    @Test
    @DisplayName("A webhook to a host name that does not resolve is refused at registration")
    void an_unresolvable_host_is_refused() {
        String host = "nowhere-" + WebhookSsrfTest.tag() + ".kelisim.test";
        dns.answer(host);
        refused("https://" + host + "/hook").body("errors[0].message",
                equalTo("must name a host that resolves; " + host + " does not resolve"));
    }

    @Test
    @DisplayName("Outside the dev and test profiles a webhook must be https on port 443 and public; such a webhook is registered")
    void production_webhooks_are_https_on_443() {
        String host = "public-" + WebhookSsrfTest.tag() + ".kelisim.test";
        dns.answer(host, PUBLIC);
        refused("http://" + host + "/hook").body("errors[0].message", equalTo("must be an https URL on port 443"));
        refused("https://" + host + ":8443/hook").body("errors[0].message", equalTo("must be an https URL on port 443"));
        String id = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"url\": \"https://" + host + "/hook\", \"eventTypes\": " + REVOKED + "}")
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        given().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    private static ValidatableResponse refused(String url) {
        return given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"url\": \"" + url + "\", \"eventTypes\": " + REVOKED + "}")
                .post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("url")));
    }
}
