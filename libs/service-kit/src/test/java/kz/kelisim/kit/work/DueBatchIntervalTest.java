package kz.kelisim.kit.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DueBatchIntervalTest {

    @Test
    @DisplayName("An interval reads as @Scheduled reads one, and off or disabled starts no worker")
    void intervals_read_as_scheduled_reads_them() {
        assertThat(DueBatch.parseInterval("5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(DueBatch.parseInterval("0.2s")).isEqualTo(Duration.ofMillis(200));
        assertThat(DueBatch.parseInterval("PT0.1S")).isEqualTo(Duration.ofMillis(100));
        assertThat(DueBatch.parseInterval("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DueBatch.parseInterval("off")).isNull();
        assertThat(DueBatch.parseInterval("disabled")).isNull();
    }

    @Test
    @DisplayName("A zero or unreadable interval is refused at startup instead of spinning")
    void zero_or_unreadable_intervals_are_refused() {
        assertThatThrownBy(() -> DueBatch.parseInterval("0s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DueBatch.parseInterval("soon")).isInstanceOf(IllegalArgumentException.class);
    }
}
