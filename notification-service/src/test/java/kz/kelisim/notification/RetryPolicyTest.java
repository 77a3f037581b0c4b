package kz.kelisim.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 6);
    final RandomGenerator random = new SplittableRandom(42);

    @Test
    @DisplayName("Each wait lies between half and all of base * 2^(n-1), capped")
    void waits_grow_exponentially_with_jitter_and_are_capped() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            Duration ceiling = policy.ceiling(attempt);
            assertThat(ceiling).isEqualTo(Duration.ofSeconds(Math.min(300, 10L << (attempt - 1))));
            for (int i = 0; i < 200; i++) {
                Duration wait = policy.delay(attempt, random);
                assertThat(wait).isBetween(ceiling.dividedBy(2), ceiling);
            }
        }
    }

    @Test
    @DisplayName("Jitter spreads the retries of many failed deliveries instead of sending them in lockstep")
    void jitter_spreads_retries() {
        long distinct = IntStream.range(0, 50).mapToObj(i -> policy.delay(3, random)).distinct().count();
        assertThat(distinct).isGreaterThan(25);
    }

    @Test
    @DisplayName("After the last attempt there is no next one: the delivery becomes a dead letter")
    void no_attempt_after_the_last() {
        Instant now = Instant.parse("2026-03-20T10:00:00Z");
        assertThat(policy.nextAttempt(5, now, random)).get().matches(t -> t.isAfter(now));
        assertThat(policy.nextAttempt(6, now, random)).isEmpty();
    }
}
