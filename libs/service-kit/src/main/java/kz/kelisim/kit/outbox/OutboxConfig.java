package kz.kelisim.kit.outbox;

import io.smallrye.config.ConfigMapping;

/**
 * How the outbox relay works through unpublished rows ({@code kelisim.outbox.*}); the kit's shared
 * settings give the defaults.
 */
@ConfigMapping(prefix = "kelisim.outbox")
public interface OutboxConfig {

    /** How many unpublished rows one batch takes. */
    int batchSize();

    /** How long the relay waits while idle, as {@code @Scheduled} reads an interval; commits wake it sooner. */
    String pollInterval();
}
