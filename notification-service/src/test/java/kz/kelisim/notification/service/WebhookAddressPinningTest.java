package kz.kelisim.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import kz.kelisim.notification.WebhookFailure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sender's request connects to the address that was checked, while TLS is verified against the
 * URL's host name: an https receiver on 127.0.0.1 with a certificate for {@code hooks.kelisim.test}
 * (no IP in it) is reached under that name, and not under a name its certificate does not hold. The
 * client is the sender's, with the test certificate as its only trust anchor.
 */
class WebhookAddressPinningTest {

    static final String NAME = "hooks.kelisim.test";
    static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;
    static Vertx vertx;
    static HttpServer server;
    static HttpClient client;
    static final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path store = dir.resolve("hooks.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "hooks", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=" + NAME, "-ext", "SAN=dns:" + NAME, "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        assertThat(Files.size(store)).isPositive();

        vertx = Vertx.vertx();
        PfxOptions pfx = new PfxOptions().setPath(store.toString()).setPassword(PASSWORD);
        server = vertx.createHttpServer(new HttpServerOptions().setSsl(true).setSni(true).setKeyCertOptions(pfx))
                .requestHandler(request -> {
                    seen.add(request.getHeader("Host") + " sni=" + request.connection().indicatedServerName());
                    request.response().setStatusCode(204).end();
                })
                .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        client = vertx.createHttpClient(new HttpClientOptions(WebhookSender.clientOptions(Duration.ofSeconds(5)))
                .setTrustOptions(pfx));
    }

    @AfterAll
    static void stop() throws Exception {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    static int post(String host) throws Exception {
        int port = server.actualPort();
        WebhookTargets.Target target = new WebhookTargets.Target(URI.create("https://" + host + ":" + port + "/hook"), host,
                port, true, InetAddress.getByName("127.0.0.1"));
        return WebhookSender.post(client, WebhookSender.requestTo(target, 5000), "{}", new AtomicReference<>())
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("SSRF: the request reaches the checked address, with the URL's host name in the Host header, TLS SNI and the certificate check")
    void the_url_host_is_verified_on_the_checked_address() throws Exception {
        assertThat(post(NAME)).isEqualTo(204);
        assertThat(seen).contains(NAME + ":" + server.actualPort() + " sni=" + NAME);
    }

    @Test
    @DisplayName("Connecting to a checked IP does not bypass hostname verification: a certificate for another name fails as \"connection failed\"")
    void a_certificate_for_another_name_is_refused() {
        int before = seen.size();
        assertThatThrownBy(() -> post("other.kelisim.test")).isInstanceOf(ExecutionException.class)
                .satisfies(e -> assertThat(WebhookSender.failureOf(e.getCause())).isEqualTo(WebhookFailure.CONNECTION_FAILED));
        assertThat(seen).hasSize(before);
    }
}
