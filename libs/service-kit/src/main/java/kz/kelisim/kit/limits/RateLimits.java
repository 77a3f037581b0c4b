package kz.kelisim.kit.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-client request budgets of one service instance: the consent check per OAuth client, and the
 * subjects' own endpoints per person. Budgets are generous by default and set in configuration
 * ({@link RateLimitConfig}, {@code kelisim.rate-limit.*}); each instance counts on its own.
 */
@ApplicationScoped
public class RateLimits {

    /** Which budget a request draws on. */
    public enum Kind { CONSENT_CHECK, SUBJECT }

    /** One kind's budget: the steady rate, and how many requests may come at once. */
    public record Budget(double perSecond, double burst) {
        public Budget {
            if (!(perSecond > 0) || !(burst >= 1)) {
                throw new IllegalArgumentException("A rate limit needs per-second > 0 and burst >= 1, not " + perSecond + " and " + burst);
            }
        }
    }

    /** How many idle clients are remembered before full buckets are swept away. */
    static final int SWEEP_ABOVE = 10_000;

    private final Map<Kind, Budget> budgets;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    @Inject
    public RateLimits(RateLimitConfig config) {
        this(Map.of(Kind.CONSENT_CHECK, budget(config.consentCheck()), Kind.SUBJECT, budget(config.subject())), System::nanoTime);
    }

    RateLimits(Map<Kind, Budget> budgets, LongSupplier clock) {
        this.budgets = budgets;
        this.clock = clock;
    }

    /** Spends {@code cost} requests of the client's budget, or refuses with 429 and how long to wait. */
    public void charge(Kind kind, String client, int cost) {
        long wait = secondsToWait(kind, client, cost);
        if (wait > 0) {
            throw new RateLimitedException(wait);
        }
    }

    /** The most requests one call may take at once: the burst, since a full bucket holds no more. */
    public int largestBatch(Kind kind) {
        return (int) Math.max(1, Math.floor(budgets.get(kind).burst()));
    }

    private static Budget budget(RateLimitConfig.Budget configured) {
        return new Budget(configured.perSecond(), configured.burst());
    }

    /** Takes one request from the client's budget: 0 if it may go on, else the whole seconds to wait. */
    public long secondsToWait(Kind kind, String client) {
        return secondsToWait(kind, client, 1);
    }

    /**
     * Takes {@code cost} requests from the client's budget at once, as a batch of that many consent checks
     * does, so that a batch is no cheaper path around the limit: 0 if it may go on, else the whole seconds
     * to wait. The cost must not exceed {@link #largestBatch}, which no wait could pay.
     */
    public long secondsToWait(Kind kind, String client, int cost) {
        if (cost < 1 || cost > largestBatch(kind)) {
            throw new IllegalArgumentException("a cost of " + cost + " is outside 1.." + largestBatch(kind));
        }
        long now = clock.getAsLong();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(b -> b.full(now));
        }
        Budget budget = budgets.get(kind);
        long nanos = buckets.computeIfAbsent(kind + ":" + client, k -> new TokenBucket(budget.perSecond(), budget.burst(), now))
                .take(now, cost);
        return nanos == 0 ? 0 : Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
