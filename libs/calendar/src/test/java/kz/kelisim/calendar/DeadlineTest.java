package kz.kelisim.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineTest {

    private final KazakhCalendar calendar = KazakhCalendar.official();

    @Test
    @DisplayName("CC-178..180, PDL-8.7: received 2026-10-20, 15 working days end at 24:00 on 2026-11-11 (Republic Day moved)")
    void revocation_deadline_skips_republic_day_moved_from_sunday() {
        Deadline deadline = calendar.deadline(LocalDate.of(2026, 10, 20), WorkingDays.STOP_PROCESSING);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-11-11T19:00:00Z"));
        assertThat(deadline.warnings()).isEmpty();
        assertThat(deadline.fromOfficialData()).isTrue();
        assertThat(deadline.skipped()).extracting(DayOff::date, DayOff::kind).containsExactly(
                tuple(LocalDate.of(2026, 10, 24), DayOffKind.WEEKEND),
                tuple(LocalDate.of(2026, 10, 25), DayOffKind.HOLIDAY),
                tuple(LocalDate.of(2026, 10, 26), DayOffKind.SUBSTITUTE_DAY_OFF),
                tuple(LocalDate.of(2026, 10, 31), DayOffKind.WEEKEND),
                tuple(LocalDate.of(2026, 11, 1), DayOffKind.WEEKEND),
                tuple(LocalDate.of(2026, 11, 7), DayOffKind.WEEKEND),
                tuple(LocalDate.of(2026, 11, 8), DayOffKind.WEEKEND));
        assertThat(deadline.skipped().get(2).reason().description())
                .isEqualTo("Day off in place of Republic Day on Sunday 2026-10-25");
    }

    @Test
    @DisplayName("CC-178..180, CAL-1: a revocation received before Nauryz 2026 skips its three days and two substitute days")
    void revocation_deadline_skips_nauryz_holidays() {
        Deadline deadline = calendar.deadline(LocalDate.of(2026, 3, 19), WorkingDays.STOP_PROCESSING);

        // Working days: 20 Mar, then 26 Mar onwards; 21-25 Mar and the weekends are off.
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(deadline.skipped()).filteredOn(d -> d.reason().code().equals("nauryz"))
                .extracting(DayOff::date).containsExactly(LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22),
                        LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 25));
    }

    @ParameterizedTest(name = "received {0}, {1} working days -> {2}")
    @DisplayName("CC-178..180: the term starts the day after the trigger and ends on the Nth working day")
    @CsvSource({
            // Trigger on a working day
            "2026-10-20, 15, 2026-11-11",
            "2025-06-05,  1, 2025-06-09", // Kurban Ait Friday, then the weekend
            "2024-06-14,  1, 2024-06-17", // Kurban Ait on Sunday 16 June: Monday counts
            "2024-01-05,  1, 2024-01-08", // Orthodox Christmas on Sunday 7 January: Monday counts
            "2025-12-31,  3, 2026-01-08", // Over New Year and Orthodox Christmas
            "2024-05-03,  1, 2024-05-04", // The Saturday worked by the 2024 transfer counts
            "2024-05-07,  1, 2024-05-10", // ...and Wednesday 8 May, the day off it gives, does not
            "2024-12-31,  1, 2025-01-05", // The Sunday worked by the 2025 transfer counts
            // Trigger on a weekend: day 1 is the first working day after it
            "2026-10-24,  1, 2026-10-27",
            "2026-11-07,  3, 2026-11-11",
            // Trigger on a holiday
            "2026-03-22,  1, 2026-03-26",
            "2026-03-23,  3, 2026-03-30",
            "2025-01-01,  2, 2025-01-06",
    })
    void term_counts_working_days_from_the_day_after_the_trigger(LocalDate received, int days, LocalDate due) {
        assertThat(calendar.deadline(received, days).dueDate()).isEqualTo(due);
    }

    @Test
    @DisplayName("PDL-19-1.3, CC-178..180: an objection received on Saturday 24 October 2026 is due on 29 October")
    void objection_received_on_a_weekend_counts_from_the_next_working_day() {
        Deadline deadline = calendar.deadline(LocalDate.of(2026, 10, 24), WorkingDays.OBJECTION_REVIEW);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 10, 29));
        assertThat(deadline.skipped()).extracting(DayOff::date)
                .containsExactly(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 26));
    }

    @Test
    @DisplayName("BRN-1, CC-178..180: a breach detected at an instant counts from its date in Almaty, not in UTC")
    void breach_detected_at_an_instant_counts_from_its_almaty_date() {
        // 2026-03-06T20:30Z is already Saturday 7 March 01:30 in Almaty: Monday 9 March is off (8 March on Sunday).
        Deadline deadline = calendar.deadline(Instant.parse("2026-03-06T20:30:00Z"), WorkingDays.BREACH_REPORT);

        assertThat(deadline.received()).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-03-10T19:00:00Z"));
    }

    @Test
    @DisplayName("CC-178..180: before 1 March 2024 Almaty was UTC+6, and 24:00 follows the zone of the day")
    void due_at_follows_the_almaty_offset_of_its_day() {
        assertThat(KazakhTime.endOfDay(LocalDate.of(2024, 2, 28))).isEqualTo(Instant.parse("2024-02-28T18:00:00Z"));
        assertThat(KazakhTime.endOfDay(LocalDate.of(2024, 2, 29))).isEqualTo(Instant.parse("2024-02-29T19:00:00Z"));
        assertThat(KazakhTime.dateOf(Instant.parse("2024-02-29T18:30:00Z"))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(KazakhTime.dateOf(Instant.parse("2026-11-11T19:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 12));
    }

    @ParameterizedTest(name = "{0} working days are refused")
    @DisplayName("CC-178..180: a term must be between 1 and 366 working days")
    @ValueSource(ints = {-1, 0, 367})
    void term_outside_1_to_366_working_days_is_refused(int days) {
        assertThatThrownBy(() -> calendar.deadline(LocalDate.of(2026, 1, 5), days))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workingDays must be between 1 and 366, was " + days);
    }

    @Test
    @DisplayName("CC-178..180: a term of 366 working days is counted")
    void longest_term_is_counted() {
        assertThat(calendar.deadline(LocalDate.of(2026, 1, 5), 366).dueDate()).isAfter(LocalDate.of(2027, 5, 1));
    }

    @Test
    @DisplayName("CAL-1: dates outside the supported years are refused, not guessed")
    void dates_outside_the_supported_years_are_refused() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2019, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Year 2019 is outside the years this calendar supports (2024..2150)");
    }
}
