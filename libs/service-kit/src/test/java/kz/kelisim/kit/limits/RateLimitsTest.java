package kz.kelisim.kit.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    static final long SECOND = 1_000_000_000L;

    final AtomicLong now = new AtomicLong(5 * SECOND);
    final RateLimits limits = new RateLimits(Map.of(
            RateLimits.Kind.CONSENT_CHECK, new RateLimits.Budget(100, 200),
            RateLimits.Kind.SUBJECT, new RateLimits.Budget(0.5, 3)), now::get);

    @Test
    @DisplayName("A subject gets the burst at once, then waits for the refill; the wait is rounded up to whole seconds")
    void burst_then_refill() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.secondsToWait(RateLimits.Kind.SUBJECT, "aigerim")).isZero();
        }
        assertThat(limits.secondsToWait(RateLimits.Kind.SUBJECT, "aigerim")).isEqualTo(2);
        now.addAndGet(SECOND);
        assertThat(limits.secondsToWait(RateLimits.Kind.SUBJECT, "aigerim")).isEqualTo(1);
        now.addAndGet(SECOND);
        assertThat(limits.secondsToWait(RateLimits.Kind.SUBJECT, "aigerim")).isZero();
        assertThat(limits.secondsToWait(RateLimits.Kind.SUBJECT, "aigerim")).isEqualTo(2);
    }

    @Test
    @DisplayName("A batch of consent checks costs one request per item: it is no cheaper path around the limit")
    void a_batch_costs_its_items() {
        assertThat(limits.secondsToWait(RateLimits.Kind.CONSENT_CHECK, "bank", 150)).isZero();
        assertThat(limits.secondsToWait(RateLimits.Kind.CONSENT_CHECK, "bank", 100)).as("50 left of 200").isEqualTo(1);
        for (int i = 0; i < 50; i++) {
            assertThat(limits.secondsToWait(RateLimits.Kind.CONSENT_CHECK, "bank")).isZero();
        }
        assertThat(limits.secondsToWait(RateLimits.Kind.CONSENT_CHECK, "bank")).isPositive();
        assertThat(limits.largestBatch(RateLimits.Kind.CONSENT_CHECK)).isEqualTo(200);
        assertThatThrownBy(() -> limits.secondsToWait(RateLimits.Kind.CONSENT_CHECK, "bank", 201))
                .as("no wait could pay more than the burst").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Budgets are per client and per kind: one client's exhaustion leaves the others untouched")
    void budgets_are_separate() {
        for (int i = 0; i < 3; i++) {
            limits.secondsToWait(RateLimits.Kind.SUBJECT, "aigerim");
        }
        assertThat(limits.secondsToWait(RateLimits.Kind.SUBJECT, "aigerim")).isPositive();
        assertThat(limits.secondsToWait(RateLimits.Kind.SUBJECT, "daniyar")).isZero();
        assertThat(limits.secondsToWait(RateLimits.Kind.CONSENT_CHECK, "aigerim")).isZero();
    }

    @Test
    @DisplayName("The consent check allows its whole burst before the first refusal")
    void consent_check_burst() {
        int allowed = 0;
        while (limits.secondsToWait(RateLimits.Kind.CONSENT_CHECK, "demo-bank") == 0) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(200);
    }

    @Test
    @DisplayName("A limit of zero or a burst below one is a configuration error, not a silent lock-out")
    void nonsense_settings_are_refused() {
        assertThatThrownBy(() -> new RateLimits(Map.of(RateLimits.Kind.SUBJECT, new RateLimits.Budget(0, 10)), now::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimits(Map.of(RateLimits.Kind.SUBJECT, new RateLimits.Budget(1, 0.5)), now::get))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Request paths are compared with exactly one leading slash, however many the request had")
    void paths_are_normalised() {
        assertThat(RateLimitFilter.withOneLeadingSlash("api/v1/me/consents")).isEqualTo("/api/v1/me/consents");
        assertThat(RateLimitFilter.withOneLeadingSlash("//api/v1/consent-checks")).isEqualTo("/api/v1/consent-checks");
        assertThat(RateLimitFilter.withOneLeadingSlash("")).isEqualTo("/");
    }
}
