package kz.kelisim.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.ConnectTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLHandshakeException;
import kz.kelisim.notification.WebhookFailure;
import kz.kelisim.notification.config.WebhookConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules a webhook URL must pass, with a resolver that answers from a table: what is refused, the
 * words the owner reads, and the address the sender is to connect to.
 */
class WebhookTargetsTest {

    static final Map<String, List<String>> DNS = Map.of(
            "hooks.bank.kz", List.of("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
            "mixed.bank.kz", List.of("93.184.215.14", "10.1.2.3"),
            "inside.bank.kz", List.of("fd00::7"),
            "localhost", List.of("127.0.0.1", "::1"));

    static WebhookTargets targets(boolean requireHttps, boolean allowLoopback) {
        WebhookAddresses table = new WebhookAddresses() {
            @Override
            public List<InetAddress> resolve(String host) throws UnknownHostException {
                List<String> ips = DNS.get(host);
                if (ips == null) {
                    if (host.matches("[0-9.]+|.*:.*")) {
                        return super.resolve(host);   // an IP literal
                    }
                    throw new UnknownHostException(host);
                }
                List<InetAddress> addresses = new java.util.ArrayList<>();
                for (String ip : ips) {
                    addresses.add(InetAddress.getByName(ip));
                }
                return addresses;
            }
        };
        WebhookConfig config = new WebhookConfig() {
            @Override
            public boolean requireHttps() {
                return requireHttps;
            }

            @Override
            public boolean allowLoopback() {
                return allowLoopback;
            }
        };
        return new WebhookTargets(table, config);
    }

    static String refusal(WebhookTargets targets, String url) {
        try {
            targets.check(url);
            return null;
        } catch (WebhookTargets.Refused e) {
            return e.reason() + ": " + e.getMessage();
        }
    }

    @Test
    @DisplayName("A public https URL passes, and the sender is to connect to the host's first address, on the URL's port")
    void a_public_https_url_passes() throws Exception {
        WebhookTargets.Target t = targets(true, false).check("https://hooks.bank.kz/kelisim?tenant=7");
        assertThat(t.address().getHostAddress()).isEqualTo("93.184.215.14");
        assertThat(t.host()).isEqualTo("hooks.bank.kz");
        assertThat(t.port()).isEqualTo(443);
        assertThat(t.https()).isTrue();
        assertThat(t.requestUri()).isEqualTo("/kelisim?tenant=7");
        assertThat(targets(false, false).check("http://hooks.bank.kz:8080").requestUri()).isEqualTo("/");
        assertThat(targets(false, false).check("http://hooks.bank.kz:8080").port()).isEqualTo(8080);
    }

    @Test
    @DisplayName("Production rules: https on port 443 only; the dev and test profiles accept http on any port")
    void https_on_443() {
        WebhookTargets production = targets(true, false);
        assertThat(refusal(production, "http://hooks.bank.kz/kelisim")).isEqualTo("FORM: must be an https URL on port 443");
        assertThat(refusal(production, "https://hooks.bank.kz:8443/kelisim")).isEqualTo("FORM: must be an https URL on port 443");
        assertThat(refusal(production, "https://hooks.bank.kz:443/kelisim")).isNull();
        assertThat(refusal(targets(false, false), "http://hooks.bank.kz:8080/kelisim")).isNull();
    }

    @Test
    @DisplayName("Anything but an absolute http(s) URL with a host is refused as such")
    void form() {
        for (String url : new String[] {null, "ftp://hooks.bank.kz/", "/relative", "https:///nohost", "http://exa mple/",
                "https://" + "a".repeat(2000) + ".kz/"}) {
            assertThat(refusal(targets(false, true), url)).as(url).isEqualTo("FORM: must be an absolute http or https URL");
        }
    }

    @Test
    @DisplayName("The message names the address and its range: an IP literal as written, a host name with what it resolved to")
    void messages() {
        WebhookTargets production = targets(true, false);
        assertThat(refusal(production, "https://10.0.0.5/")).isEqualTo(
                "ADDRESS: must resolve to a public address; 10.0.0.5 is a private address (RFC 1918)");
        assertThat(refusal(production, "https://[::ffff:10.0.0.5]/")).isEqualTo(
                "ADDRESS: must resolve to a public address; ::ffff:10.0.0.5 is a private address (RFC 1918)");
        assertThat(refusal(production, "https://mixed.bank.kz/")).isEqualTo(
                "ADDRESS: must resolve to a public address; mixed.bank.kz resolves to 10.1.2.3, a private address (RFC 1918)");
        assertThat(refusal(production, "https://inside.bank.kz/")).isEqualTo(
                "ADDRESS: must resolve to a public address; inside.bank.kz resolves to fd00:0:0:0:0:0:0:7, a unique local address (RFC 4193)");
        assertThat(refusal(production, "https://nowhere.bank.kz/")).isEqualTo(
                "UNRESOLVED: must name a host that resolves; nowhere.bank.kz does not resolve");
    }

    @Test
    @DisplayName("Loopback, as a literal or through a host name, passes only where allow-loopback is set; other ranges never do")
    void loopback_only_where_allowed() {
        assertThat(refusal(targets(false, false), "http://localhost:8080/")).isEqualTo(
                "ADDRESS: must resolve to a public address; localhost resolves to 127.0.0.1, a loopback address");
        assertThat(refusal(targets(false, false), "http://[::1]:8080/")).isEqualTo(
                "ADDRESS: must resolve to a public address; ::1 is a loopback address");
        WebhookTargets local = targets(false, true);
        assertThat(refusal(local, "http://localhost:8080/")).isNull();
        assertThat(refusal(local, "http://127.0.0.1:9/")).isNull();
        assertThat(refusal(local, "http://[::ffff:127.0.0.1]:9/")).isNull();
        assertThat(refusal(local, "http://10.0.0.5/")).startsWith("ADDRESS:");
        assertThat(refusal(local, "http://169.254.169.254/")).startsWith("ADDRESS:");
        assertThat(refusal(local, "http://0.0.0.0:9/")).startsWith("ADDRESS:");
    }

    @Test
    @DisplayName("A failed attempt is a \"timeout\" when a timeout caused it, otherwise \"connection failed\"")
    void failures_in_words() {
        assertThat(WebhookSender.failureOf(new java.util.concurrent.TimeoutException("idle"))).isEqualTo(WebhookFailure.TIMEOUT);
        assertThat(WebhookSender.failureOf(new ConnectTimeoutException("connection timed out: /10.0.0.1:443")))
                .isEqualTo(WebhookFailure.TIMEOUT);
        assertThat(WebhookSender.failureOf(new ExecutionException(new java.net.SocketTimeoutException())))
                .isEqualTo(WebhookFailure.TIMEOUT);
        assertThat(WebhookSender.failureOf(new ConnectException("Connection refused: /127.0.0.1:9")))
                .isEqualTo(WebhookFailure.CONNECTION_FAILED);
        assertThat(WebhookSender.failureOf(new SSLHandshakeException("PKIX path building failed")))
                .isEqualTo(WebhookFailure.CONNECTION_FAILED);
        assertThat(WebhookSender.failureOf(new IOException("Connection reset by peer"))).isEqualTo(WebhookFailure.CONNECTION_FAILED);
    }

    @Test
    @DisplayName("The delivery log shows a status or one of the failure words; exception text stored before them is shown as one of the words")
    void the_log_shows_only_statuses_and_words() {
        assertThat(WebhookFailure.forOwner(null)).isNull();
        assertThat(WebhookFailure.forOwner("HTTP 204")).isEqualTo("HTTP 204");
        assertThat(WebhookFailure.forOwner("HTTP 500 ")).isEqualTo("HTTP 500");
        assertThat(WebhookFailure.forOwner("address not allowed")).isEqualTo("address not allowed");
        assertThat(WebhookFailure.forOwner("endpoint removed")).isEqualTo("endpoint removed");
        assertThat(WebhookFailure.forOwner("ConnectException: Connection refused")).isEqualTo("connection failed");
        assertThat(WebhookFailure.forOwner("HttpConnectTimeoutException: HTTP connect timed out")).isEqualTo("timeout");
        assertThat(WebhookFailure.forOwner("HttpTimeoutException: request timed out")).isEqualTo("timeout");
        assertThat(WebhookFailure.forOwner("UnresolvedAddressException")).isEqualTo("connection failed");
    }

    @Test
    @DisplayName("check() never throws anything but a refusal for hostile input")
    void hostile_urls_are_refusals() {
        WebhookTargets production = targets(true, false);
        assertThatThrownBy(() -> production.check("https://%zz/")).isInstanceOf(WebhookTargets.Refused.class);
        assertThatThrownBy(() -> production.check("https://[::1/")).isInstanceOf(WebhookTargets.Refused.class);
        assertThatThrownBy(() -> production.check("https://2130706433/")).isInstanceOf(WebhookTargets.Refused.class);
    }
}
