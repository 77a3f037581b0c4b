package kz.kelisim.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import kz.kelisim.calendar.KazakhCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DailyReportRulesTest {

    final KazakhCalendar calendar = KazakhCalendar.official();

    @Test
    @DisplayName("CC-178..180, CAL-1: answer time counts working days from the day after receipt, skipping Nauryz")
    void answer_time_skips_weekends_and_holidays() {
        // Received Friday 20 March 2026 (Almaty); 21-23 March Nauryz, 24 and 25 March substitute days off
        // (CAL-1); answered Friday 27 March: only the 26th and the 27th count.
        Instant received = Instant.parse("2026-03-20T05:00:00Z");
        Instant answered = Instant.parse("2026-03-27T05:00:00Z");
        assertThat(DailyReportService.workingDaysBetween(received, answered, calendar)).isEqualTo(2);
        assertThat(DailyReportService.workingDaysBetween(received, received.plusSeconds(3600), calendar)).isZero();
    }

    @Test
    @DisplayName("The median answer time is the middle value, or the mean of the two middle values")
    void median_of_answer_times() {
        assertThat(DailyReportService.median(List.of())).isNull();
        assertThat(DailyReportService.median(List.of(5, 1, 3))).isEqualTo(3.0);
        assertThat(DailyReportService.median(List.of(4, 1, 3, 2))).isEqualTo(2.5);
    }
}
