package kz.kelisim.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import kz.kelisim.kit.work.Worker;
import kz.kelisim.notification.DeliveryAttempt;
import kz.kelisim.notification.RetryPolicy;
import kz.kelisim.notification.WebhookDelivery;
import kz.kelisim.notification.WebhookEndpoint;
import kz.kelisim.notification.WebhookSignature;
import kz.kelisim.notification.config.DeliveryConfig;
import kz.kelisim.notification.repository.AttemptRepository;
import kz.kelisim.notification.repository.WebhookDeliveryRepository;
import kz.kelisim.notification.repository.WebhookEndpointRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Posts due webhook deliveries with Standard Webhooks headers ({@code webhook-id},
 * {@code webhook-timestamp}, {@code webhook-signature}), logs every attempt, and retries with
 * exponential backoff and jitter until the receiver answers 2xx or the delivery becomes a dead letter.
 * It runs on its own thread, woken when new deliveries commit and otherwise polling every
 * {@code kelisim.senders.webhook-interval}. (Quarkus' scheduler checks its triggers once a second,
 * so a scheduled method could not send sooner than that, whatever its interval said.)
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final AttemptRepository attempts;
    private final WebhookSecrets secrets;
    private final DeliveryConfig config;
    private final Clock clock;
    private final HttpClient http;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final long pollMillis;
    private final Worker worker = new Worker("webhook-sender");

    public WebhookSender(WebhookDeliveryRepository deliveries, WebhookEndpointRepository endpoints,
                         AttemptRepository attempts, WebhookSecrets secrets, DeliveryConfig config, Clock clock,
                         @ConfigProperty(name = "kelisim.senders.webhook-interval", defaultValue = "1s") Duration pollInterval) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.attempts = attempts;
        this.secrets = secrets;
        this.config = config;
        this.clock = clock;
        this.pollMillis = pollInterval.toMillis();
        this.http = HttpClient.newBuilder().connectTimeout(config.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void start(@Observes StartupEvent startup) {
        worker.start(this::loop);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        worker.stop();
    }

    /**
     * Looks for due deliveries as soon as a transaction that queued one commits, instead of at the
     * next poll, so a webhook leaves within milliseconds of its event; the poll remains for retries
     * that fall due and for deliveries another instance queued. Several in one transaction wake it once.
     */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookDispatcher.DeliveryQueued queued) {
        worker.wake();
    }

    private void loop() {
        while (worker.running()) {
            sendAllDue();
            if (!worker.pause(pollMillis)) {
                return;
            }
        }
    }

    private void sendAllDue() {
        try {
            while (worker.running() && sendDue(clock.instant()) == config.batchSize()) {
                // keep going while full batches come back
            }
        } catch (RuntimeException e) {
            if (worker.running()) {
                LOG.warnf("Webhook sending paused, will retry: %s", e.getMessage());
            }
        }
    }

    /** Sends one batch of due deliveries; returns how many were attempted. */
    public int sendDue(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<WebhookDelivery> due = deliveries.lockDue(now, config.batchSize());
            for (WebhookDelivery delivery : due) {
                attempts.persist(send(delivery));
            }
            return due.size();
        });
    }

    private DeliveryAttempt send(WebhookDelivery delivery) {
        WebhookEndpoint endpoint = endpoints.findById(delivery.endpointId());
        if (endpoint == null || !endpoint.active()) {
            return delivery.failed(clock.instant(), null, "endpoint removed", policy(), random);
        }
        long timestamp = clock.instant().getEpochSecond();
        String id = delivery.id().toString();
        String signature = WebhookSignature.sign(secrets.reveal(endpoint), id, timestamp, delivery.payload());
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(config.webhookTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Kelisim-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                return delivery.delivered(clock.instant(), status);
            }
            return delivery.failed(clock.instant(), status, null, policy(), random);
        } catch (IOException e) {
            return delivery.failed(clock.instant(), null, MailSender.rootMessage(e), policy(), random);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return delivery.failed(clock.instant(), null, "interrupted", policy(), random);
        }
    }

    private RetryPolicy policy() {
        DeliveryConfig.Retry r = config.webhook();
        return new RetryPolicy(r.base(), r.cap(), r.maxAttempts());
    }
}
