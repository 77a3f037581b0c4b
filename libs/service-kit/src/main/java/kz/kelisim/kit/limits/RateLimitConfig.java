package kz.kelisim.kit.limits;

import io.smallrye.config.ConfigMapping;

/**
 * The per-client budgets of {@link RateLimits} ({@code kelisim.rate-limit.*}); the kit's shared
 * settings give the defaults.
 */
@ConfigMapping(prefix = "kelisim.rate-limit")
public interface RateLimitConfig {

    /** {@code POST /api/v1/consent-checks}, per OAuth client. */
    Budget consentCheck();

    /** A subject's own {@code /api/v1/me} endpoints, per person. */
    Budget subject();

    /** The steady rate and how many requests may come at once. */
    interface Budget {
        double perSecond();

        double burst();
    }
}
