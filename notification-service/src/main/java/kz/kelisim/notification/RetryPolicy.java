package kz.kelisim.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter for deliveries: attempt n waits between half and all of
 * min(cap, base * 2^(n-1)), so failing receivers are not hammered in lockstep; after the last
 * attempt there is no next one.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {

    public RetryPolicy {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("base > 0, cap >= base and maxAttempts >= 1 are required");
        }
    }

    /** The moment of the next attempt after {@code attemptsMade} failed ones, or empty when none is left. */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant now, RandomGenerator random) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delay(attemptsMade, random)));
    }

    /** The wait after the given number of failed attempts (at least 1). */
    public Duration delay(int attemptsMade, RandomGenerator random) {
        long ceiling = ceiling(attemptsMade).toMillis();
        long half = ceiling / 2;
        return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
    }

    /** The upper bound of the wait after the given number of failed attempts. */
    public Duration ceiling(int attemptsMade) {
        int exponent = Math.max(0, Math.min(attemptsMade - 1, 30));
        long millis = base.toMillis() << exponent;
        return millis <= 0 || millis > cap.toMillis() ? cap : Duration.ofMillis(millis);
    }
}
