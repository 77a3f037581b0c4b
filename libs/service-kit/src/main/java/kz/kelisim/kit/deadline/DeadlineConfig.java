package kz.kelisim.kit.deadline;

import io.smallrye.config.ConfigMapping;

/**
 * Where a service's deadline events go and how often its scanner looks for due deadlines
 * ({@code kelisim.deadlines.*}); the kit's shared settings give the defaults, each service its topic.
 */
@ConfigMapping(prefix = "kelisim.deadlines")
public interface DeadlineConfig {

    /** The owning service's own topic, where its breaches and reminders are published. */
    String topic();

    /** How many due deadlines one batch takes. */
    int batchSize();

    /** How often the scanner runs, as {@code @Scheduled} reads an interval; {@code off} in tests that give the instant. */
    String scanInterval();
}
