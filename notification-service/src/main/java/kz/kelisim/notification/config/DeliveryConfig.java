package kz.kelisim.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How e-mails and webhooks are retried, and how long a webhook receiver may take to answer.
 */
@ConfigMapping(prefix = "kelisim.delivery")
public interface DeliveryConfig {

    Retry mail();

    Retry webhook();

    /** How long one webhook request may take, connecting included. */
    @WithDefault("10s")
    Duration webhookTimeout();

    /** How many due deliveries one sender run takes. */
    @WithDefault("50")
    int batchSize();

    /** Exponential backoff with jitter: attempt n waits up to min(cap, base * 2^(n-1)). */
    interface Retry {
        Duration base();

        Duration cap();

        int maxAttempts();
    }
}
