package kz.kelisim.notification.service;

import io.netty.channel.ConnectTimeoutException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import kz.kelisim.kit.work.DueBatch;
import kz.kelisim.notification.DeliveryAttempt;
import kz.kelisim.notification.RetryPolicy;
import kz.kelisim.notification.WebhookDelivery;
import kz.kelisim.notification.WebhookEndpoint;
import kz.kelisim.notification.WebhookFailure;
import kz.kelisim.notification.WebhookSignature;
import kz.kelisim.notification.config.DeliveryConfig;
import kz.kelisim.notification.repository.AttemptRepository;
import kz.kelisim.notification.repository.WebhookEndpointRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Posts due webhook deliveries with Standard Webhooks headers ({@code webhook-id},
 * {@code webhook-timestamp}, {@code webhook-signature}), logs every attempt, and retries with
 * exponential backoff and jitter until the receiver answers 2xx or the delivery becomes a dead letter.
 * Due deliveries are a {@link DueBatch} on its own thread, woken when new deliveries commit and otherwise
 * polling every {@code kelisim.senders.webhook-interval}; a failed attempt is recorded and the others of
 * its batch are still sent.
 *
 * <p>Before every attempt the endpoint's URL is checked again and its host resolved ({@link WebhookTargets});
 * a refused address fails the attempt as "address not allowed" without connecting. The request goes to
 * the address that was checked: Vert.x's client connects to {@link RequestOptions#setServer} while the
 * Host header, TLS SNI and certificate hostname verification use the URL's host, so a DNS answer that
 * changes between the check and the connection (rebinding) cannot redirect it
 * (docs/decisions/0008-webhook-address-pinning.md). Redirects are not followed.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final WebhookEndpointRepository endpoints;
    private final AttemptRepository attempts;
    private final WebhookSecrets secrets;
    private final WebhookTargets targets;
    private final DeliveryConfig config;
    private final Clock clock;
    private final HttpClient http;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final DueBatch<WebhookDelivery> due;

    public WebhookSender(EntityManager em, WebhookEndpointRepository endpoints,
                         AttemptRepository attempts, WebhookSecrets secrets, WebhookTargets targets,
                         DeliveryConfig config, Clock clock, Vertx vertx,
                         @ConfigProperty(name = "kelisim.senders.webhook-interval", defaultValue = "1s") String pollInterval) {
        this.endpoints = endpoints;
        this.attempts = attempts;
        this.secrets = secrets;
        this.targets = targets;
        this.config = config;
        this.clock = clock;
        this.http = vertx.createHttpClient(clientOptions(config.webhookTimeout()));
        // A failure during an attempt reaches that attempt's result; one after it (a receiver resetting a
        // connection the sender gave up on) is not an error of Kelisim's.
        this.http.connectionHandler(connection -> connection.exceptionHandler(
                e -> LOG.debugf("Webhook connection to %s: %s", connection.remoteAddress(), e)));
        this.due = DueBatch.of(WebhookDelivery.class, em, clock)
                .named("webhook-sender")
                .due("status = 'PENDING' AND next_attempt_at <= :now")
                .orderBy("next_attempt_at")
                .batchSize(config.batchSize())
                .every(pollInterval)
                .forEach((delivery, now) -> attempts.persist(send(delivery)));
    }

    void start(@Observes StartupEvent startup) {
        due.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        due.stop();
        http.close();
    }

    /**
     * Looks for due deliveries as soon as a transaction that queued one commits, instead of at the
     * next poll, so a webhook leaves within milliseconds of its event; the poll remains for retries
     * that fall due and for deliveries another instance queued. Several in one transaction wake it once.
     */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookDispatcher.DeliveryQueued queued) {
        due.wake();
    }

    /** Sends the deliveries due at {@code now}, batch after batch while they come back full; returns how many were attempted. */
    public int sendDue(Instant now) {
        return due.drain(now);
    }

    private DeliveryAttempt send(WebhookDelivery delivery) {
        WebhookEndpoint endpoint = endpoints.findById(delivery.endpointId());
        if (endpoint == null || !endpoint.active()) {
            return failed(delivery, WebhookFailure.ENDPOINT_REMOVED);
        }
        WebhookTargets.Target target;
        try {
            target = targets.check(endpoint.url());
        } catch (WebhookTargets.Refused refused) {
            LOG.debugf("Webhook delivery %s not sent: %s", delivery.id(), refused.getMessage());
            return failed(delivery, refused.reason() == WebhookTargets.Reason.UNRESOLVED
                    ? WebhookFailure.CONNECTION_FAILED : WebhookFailure.ADDRESS_NOT_ALLOWED);
        }
        long timestamp = clock.instant().getEpochSecond();
        String id = delivery.id().toString();
        String signature = WebhookSignature.sign(secrets.reveal(endpoint), id, timestamp, delivery.payload());
        long timeout = config.webhookTimeout().toMillis();
        RequestOptions request = requestTo(target, timeout)
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "Kelisim-Webhooks/1")
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", signature);
        AtomicReference<HttpClientRequest> open = new AtomicReference<>();
        Future<Integer> answer = post(http, request, delivery.payload(), open);
        try {
            int status = answer.toCompletionStage().toCompletableFuture().get(timeout, TimeUnit.MILLISECONDS);
            if (status >= 200 && status < 300) {
                return delivery.delivered(clock.instant(), status);
            }
            return delivery.failed(clock.instant(), status, null, policy(), random);
        } catch (TimeoutException e) {
            abandon(open.get());
            return failed(delivery, WebhookFailure.TIMEOUT);
        } catch (ExecutionException e) {
            LOG.debugf("Webhook delivery %s failed: %s", delivery.id(), e.getCause());
            return failed(delivery, failureOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(open.get());
            return failed(delivery, WebhookFailure.INTERRUPTED);
        }
    }

    /**
     * The client: one connection per attempt (no pool), so each attempt connects to the address checked
     * for it; certificates are verified against the JDK's trust store and the URL's host name.
     */
    static HttpClientOptions clientOptions(Duration timeout) {
        return new HttpClientOptions()
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setTrustAll(false)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }

    /**
     * A POST to the target's checked address ({@link RequestOptions#setServer}); the host name of the URL
     * is what the Host header, TLS SNI and the certificate's hostname verification use.
     */
    static RequestOptions requestTo(WebhookTargets.Target target, long timeoutMillis) {
        return new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.requestUri())
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setFollowRedirects(false)
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis);
    }

    /** Sends the body and answers the status; the answer's body is not read, and the connection is closed. */
    static Future<Integer> post(HttpClient http, RequestOptions request, String body, AtomicReference<HttpClientRequest> open) {
        return http.request(request)
                .compose(r -> {
                    open.set(r);
                    return r.send(Buffer.buffer(body));
                })
                .map(response -> {
                    response.request().connection().close();
                    return response.statusCode();
                });
    }

    private DeliveryAttempt failed(WebhookDelivery delivery, WebhookFailure failure) {
        return delivery.failed(clock.instant(), null, failure.text(), policy(), random);
    }

    private static void abandon(HttpClientRequest request) {
        if (request != null) {
            request.reset();
        }
    }

    /** A timeout anywhere in the causes is a timeout; anything else is a failed connection. */
    static WebhookFailure failureOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException || t instanceof ConnectTimeoutException || t instanceof SocketTimeoutException) {
                return WebhookFailure.TIMEOUT;
            }
        }
        return WebhookFailure.CONNECTION_FAILED;
    }

    private RetryPolicy policy() {
        DeliveryConfig.Retry r = config.webhook();
        return new RetryPolicy(r.base(), r.cap(), r.maxAttempts());
    }
}
