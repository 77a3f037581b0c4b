package kz.kelisim.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where operators' webhooks may point. The defaults are the production rules; the dev and test
 * profiles, and the local suite's scripts, relax them for receivers on plain http.
 */
@ConfigMapping(prefix = "kelisim.webhooks")
public interface WebhookConfig {

    /** Only https URLs on port 443 are accepted, at registration and at every send. */
    @WithDefault("true")
    boolean requireHttps();

    /** Loopback addresses (127.0.0.0/8, ::1) are accepted; every other private range stays refused. */
    @WithDefault("false")
    boolean allowLoopback();
}
