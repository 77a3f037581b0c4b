package kz.kelisim.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The suite's one countdown, {@link KazakhCalendar#workingDaysLeft}, with exact expected values. */
class CountdownTest {

    private final KazakhCalendar calendar = KazakhCalendar.official();

    /** A local time in Kazakhstan (UTC+5). */
    private static Instant almaty(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KazakhTime.ZONE).toInstant();
    }

    @ParameterizedTest(name = "received Tue 2026-10-20 10:00, at {0}: {1} left")
    @DisplayName("CC-178, PDL-8.7: a stop received 2026-10-20 counts 15 working days down to 0 at 24:00 on 2026-11-11")
    @CsvSource({
            "2026-10-20T10:00, 15", // the day of receipt: the term has not started, all 15 are left
            "2026-10-20T23:59, 15",
            "2026-10-21T09:00, 15", // day 1 of the term, open: it counts
            "2026-10-22T09:00, 14",
            "2026-10-24T12:00, 12", // Saturday: 21, 22 and 23 Oct are spent
            "2026-10-26T12:00, 12", // the day off in place of Republic Day does not count
            "2026-11-11T12:00,  1", // the last day
            "2026-11-11T23:59,  1",
            "2026-11-12T00:00,  0", // 24:00 of the last day: the due moment
            "2026-11-20T00:00,  0"})
    void stop_countdown(String at, int left) {
        Instant received = almaty("2026-10-20T10:00");
        Instant due = calendar.deadline(received, WorkingDays.STOP_PROCESSING).dueAt();
        assertThat(due).isEqualTo(almaty("2026-11-12T00:00"));
        assertThat(KazakhTime.dueDateOf(due)).isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(calendar.workingDaysLeft(received, due, almaty(at))).isEqualTo(left);
    }

    @ParameterizedTest(name = "received Mon 2026-12-07 10:00, at {0}: {1} left")
    @DisplayName("CC-178, PDL-19-1.3: an objection received on a working day shows 3 working days left, not 4")
    @CsvSource({
            "2026-12-07T10:00, 3",
            "2026-12-08T09:00, 3",
            "2026-12-09T09:00, 2",
            "2026-12-10T18:00, 1",
            "2026-12-11T00:00, 0"})
    void objection_countdown(String at, int left) {
        Instant received = almaty("2026-12-07T10:00");
        Instant due = calendar.deadline(received, WorkingDays.OBJECTION_REVIEW).dueAt();
        assertThat(due).isEqualTo(almaty("2026-12-11T00:00"));
        assertThat(calendar.workingDaysLeft(received, due, almaty(at))).isEqualTo(left);
    }

    @Test
    @DisplayName("CC-178, BRN-1: a breach detected on Friday 2026-10-23 has its 1 working day on Tuesday 27 October, after the weekend and the substitute day off")
    void breach_report_countdown() {
        Instant detected = almaty("2026-10-23T16:00");
        Instant due = calendar.deadline(detected, WorkingDays.BREACH_REPORT).dueAt();
        assertThat(due).isEqualTo(almaty("2026-10-28T00:00"));
        assertThat(calendar.workingDaysLeft(detected, due, detected)).isEqualTo(1);
        assertThat(calendar.workingDaysLeft(detected, due, almaty("2026-10-26T12:00"))).isEqualTo(1);
        assertThat(calendar.workingDaysLeft(detected, due, almaty("2026-10-27T12:00"))).isEqualTo(1);
        assertThat(calendar.workingDaysLeft(detected, due, due)).isZero();
    }

    @Test
    @DisplayName("CC-178: on the day of receipt, whatever the day, exactly the whole term is left, for 1, 3 and 15 working days")
    void on_the_day_of_receipt_the_whole_term_is_left() {
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
            for (int term : new int[] {WorkingDays.BREACH_REPORT, WorkingDays.OBJECTION_REVIEW, WorkingDays.STOP_PROCESSING}) {
                Instant received = day.atTime(15, 0).atZone(KazakhTime.ZONE).toInstant();
                Instant due = calendar.deadline(received, term).dueAt();
                assertThat(calendar.workingDaysLeft(received, due, received)).as("received %s, %d working days", day, term)
                        .isEqualTo(term);
            }
        }
    }
}
