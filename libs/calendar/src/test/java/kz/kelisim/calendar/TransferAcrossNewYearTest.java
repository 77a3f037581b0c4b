package kz.kelisim.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A government transfer of a day off across New Year (CAL-1) counts in both years, whichever year's data records it.
 *
 * <p>Around New Year 2027: Fri 1 and Sat 2 January are New Year, so Mon 4 January is the substitute day off; Thu 7
 * January is Orthodox Christmas; 2026 has no transfer in its shipped data and 2027 has no shipped data at all.
 */
class TransferAcrossNewYearTest {

    private static final String ORDER_2026 = "Order of the Minister of Labour of 1 November 2026";
    private static final String ORDER_2027 = "Order of the Minister of Labour of 2 December 2026";

    /** Saturday 26 December 2026 is worked for Friday 8 January 2027 off, the bridge after Orthodox Christmas. */
    private static final Transfer SATURDAY_2026_FOR_FRIDAY_2027 =
            new Transfer(LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 8), ORDER_2026);
    /** The other way round: Saturday 9 January 2027 is worked for Thursday 31 December 2026 off. */
    private static final Transfer SATURDAY_2027_FOR_THURSDAY_2026 =
            new Transfer(LocalDate.of(2027, 1, 9), LocalDate.of(2026, 12, 31), ORDER_2027);

    private final KazakhCalendar official = KazakhCalendar.official();
    private final YearData shipped2026 = official.yearData(2026).orElseThrow();

    @Test
    @DisplayName("CAL-1: a transfer across New Year makes the Saturday of one year a working day and the day off of the next a day off")
    void transfer_across_new_year_counts_in_both_years() {
        // Recorded in 2026's data; 2027 has no official data, yet its 8 January follows the government act.
        KazakhCalendar calendar = official.withYear(data2026(SATURDAY_2026_FOR_FRIDAY_2027));

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 26))).isTrue();
        assertThat(calendar.dayOff(LocalDate.of(2027, 1, 8))).hasValueSatisfying(d -> {
            assertThat(d.kind()).isEqualTo(DayOffKind.TRANSFERRED_DAY_OFF);
            assertThat(d.reason().relatedDate()).isEqualTo(LocalDate.of(2026, 12, 26));
            assertThat(d.reason().description())
                    .isEqualTo("Day off transferred from Saturday 2026-12-26 by a government act");
        });
        assertThat(official.isWorkingDay(LocalDate.of(2026, 12, 26))).isFalse();
        assertThat(official.isWorkingDay(LocalDate.of(2027, 1, 8))).isTrue();
    }

    @Test
    @DisplayName("CAL-1: a transfer across New Year recorded in the later year's data moves the day of the earlier year too, even without data for it")
    void transfer_recorded_in_the_later_year_applies_to_the_earlier_year_without_data() {
        // Only 2027 has data: 2026 is computed from the rules, but its 31 December follows the act recorded in 2027.
        KazakhCalendar calendar = KazakhCalendar.of(List.of(data2027(SATURDAY_2027_FOR_THURSDAY_2026)));

        assertThat(calendar.officialYears()).containsExactly(2027);
        assertThat(calendar.dayOff(LocalDate.of(2026, 12, 31))).hasValueSatisfying(d -> {
            assertThat(d.kind()).isEqualTo(DayOffKind.TRANSFERRED_DAY_OFF);
            assertThat(d.reason().relatedDate()).isEqualTo(LocalDate.of(2027, 1, 9));
        });
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();

        YearView view2026 = calendar.year(2026);
        assertThat(view2026.official()).isFalse();
        assertThat(view2026.warnings()).singleElement().asString().startsWith("No official calendar data for 2026;");
        assertThat(view2026.daysOff()).filteredOn(d -> d.kind() == DayOffKind.TRANSFERRED_DAY_OFF)
                .extracting(DayOff::date).containsExactly(LocalDate.of(2026, 12, 31));
        assertThat(view2026.workingWeekendDays()).isEmpty();
        assertThat(view2026.sources()).containsExactly(ORDER_2027);
        assertThat(calendar.year(2027).workingWeekendDays()).containsExactly(LocalDate.of(2027, 1, 9));
    }

    @Test
    @DisplayName("CAL-1: a year's view lists a transferred day off recorded in the previous year's data, and agrees with the calendar day by day")
    void year_view_lists_a_transfer_recorded_in_the_previous_year() {
        KazakhCalendar calendar = official.withYear(data2026(SATURDAY_2026_FOR_FRIDAY_2027));

        YearView view2027 = calendar.year(2027);
        assertThat(view2027.daysOff()).filteredOn(d -> d.kind() == DayOffKind.TRANSFERRED_DAY_OFF)
                .extracting(DayOff::date, d -> d.reason().relatedDate())
                .containsExactly(tuple(LocalDate.of(2027, 1, 8), LocalDate.of(2026, 12, 26)));
        assertThat(view2027.workingWeekendDays()).isEmpty();
        assertThat(view2027.sources()).containsExactly(ORDER_2026);

        YearView view2026 = calendar.year(2026);
        assertThat(view2026.workingWeekendDays()).containsExactly(LocalDate.of(2026, 12, 26));
        assertThat(view2026.daysOff()).noneMatch(d -> d.kind() == DayOffKind.TRANSFERRED_DAY_OFF);
        assertThat(view2026.sources()).contains(ORDER_2026);

        for (int year : List.of(2026, 2027)) {
            assertThat(calendar.year(year).daysOffWithWeekends()).as("year %d", year)
                    .isEqualTo(calendar.daysOff(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
    }

    @Test
    @DisplayName("CC-178..180, CAL-1: received 2026-12-28, 15 working days end on 2027-01-21, counting the day off of 2026 and the Saturday of 2027")
    void deadline_across_new_year_counts_both_effects_of_the_transfer() {
        KazakhCalendar calendar = official.withYear(data2027(SATURDAY_2027_FOR_THURSDAY_2026));

        Deadline deadline = calendar.deadline(LocalDate.of(2026, 12, 28), WorkingDays.STOP_PROCESSING);

        // Counted from Tuesday 29 December:
        //   1 Tue 29 Dec, 2 Wed 30 Dec; Thu 31 Dec off (the transfer, recorded in 2027's data);
        //   Fri 1 and Sat 2 Jan New Year; Sun 3 Jan; Mon 4 Jan the substitute for New Year on a Saturday;
        //   3 Tue 5 Jan, 4 Wed 6 Jan; Thu 7 Jan Orthodox Christmas; 5 Fri 8 Jan;
        //   6 Sat 9 Jan, worked by the transfer; Sun 10 Jan;
        //   7-11 Mon 11 to Fri 15 Jan; Sat 16, Sun 17 Jan; 12-15 Mon 18 to Thu 21 Jan.
        // With only the day off the 15th working day would be Fri 22 Jan, with only the Saturday Wed 20 Jan; a
        // transfer swaps one day for another, so with both it is Thu 21 Jan, as without the transfer: the list of
        // skipped days shows which days were counted.
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThat(deadline.fromOfficialData()).isTrue();
        assertThat(deadline.skipped()).extracting(DayOff::date, DayOff::kind).containsExactly(
                tuple(LocalDate.of(2026, 12, 31), DayOffKind.TRANSFERRED_DAY_OFF),
                tuple(LocalDate.of(2027, 1, 1), DayOffKind.HOLIDAY),
                tuple(LocalDate.of(2027, 1, 2), DayOffKind.HOLIDAY),
                tuple(LocalDate.of(2027, 1, 3), DayOffKind.WEEKEND),
                tuple(LocalDate.of(2027, 1, 4), DayOffKind.SUBSTITUTE_DAY_OFF),
                tuple(LocalDate.of(2027, 1, 7), DayOffKind.RELIGIOUS_HOLIDAY),
                tuple(LocalDate.of(2027, 1, 10), DayOffKind.WEEKEND),
                tuple(LocalDate.of(2027, 1, 16), DayOffKind.WEEKEND),
                tuple(LocalDate.of(2027, 1, 17), DayOffKind.WEEKEND));
    }

    @ParameterizedTest(name = "received {0}, {1} working days -> {2} (without the transfer {3})")
    @DisplayName("CC-178..180, CAL-1: terms ending between the two days of a transfer across New Year show each effect")
    @CsvSource({
            // 1 Tue 29, 2 Wed 30 Dec, then 31 Dec is off: 3 Tue 5 Jan (without it, 3 is Thu 31 Dec).
            "2026-12-28, 3, 2027-01-05, 2026-12-31",
            // 1 Tue 29, 2 Wed 30 Dec, 3 Tue 5, 4 Wed 6, 5 Fri 8 Jan (without it, 5 is Wed 6 Jan).
            "2026-12-28, 5, 2027-01-08, 2027-01-06",
            // 1 Fri 8 Jan, 2 Sat 9 Jan, worked (without it, 2 is Mon 11 Jan).
            "2027-01-07, 2, 2027-01-09, 2027-01-11",
            // Received on the worked Saturday itself: the term starts the day after, 1 is Mon 11 Jan either way.
            "2027-01-09, 1, 2027-01-11, 2027-01-11",
    })
    void terms_between_the_two_days_show_each_effect(LocalDate received, int days, LocalDate due,
                                                     LocalDate dueWithout) {
        KazakhCalendar calendar = official.withYear(data2027(SATURDAY_2027_FOR_THURSDAY_2026));

        assertThat(calendar.deadline(received, days).dueDate()).isEqualTo(due);
        assertThat(official.deadline(received, days).dueDate()).isEqualTo(dueWithout);
    }

    @Test
    @DisplayName("CAL-1: the same transfer across New Year recorded in both years' data counts once")
    void transfer_recorded_in_both_years_counts_once() {
        KazakhCalendar once = official.withYear(data2026(SATURDAY_2026_FOR_FRIDAY_2027));
        KazakhCalendar twice = once.withYear(data2027(SATURDAY_2026_FOR_FRIDAY_2027));

        LocalDate from = LocalDate.of(2026, 12, 1);
        LocalDate to = LocalDate.of(2027, 1, 31);
        assertThat(twice.daysOff(from, to)).isEqualTo(once.daysOff(from, to));
        assertThat(twice.deadline(LocalDate.of(2026, 12, 24), WorkingDays.STOP_PROCESSING).dueDate())
                .isEqualTo(once.deadline(LocalDate.of(2026, 12, 24), WorkingDays.STOP_PROCESSING).dueDate());
        assertThat(twice.year(2027).sources()).containsOnlyOnce(ORDER_2026);
        assertThat(twice.year(2026).workingWeekendDays()).containsExactly(LocalDate.of(2026, 12, 26));
    }

    private YearData data2026(Transfer transfer) {
        return new YearData(2026, shipped2026.version() + 1, shipped2026.kurbanAit(), shipped2026.kurbanAitSource(),
                List.of(transfer), shipped2026.oneOffHolidays(), shipped2026.sources());
    }

    private static YearData data2027(Transfer transfer) {
        return new YearData(2027, 1, List.of(LocalDate.of(2027, 5, 16)), "SAMK calendar for 2027", List.of(transfer),
                List.of(), List.of("Holiday calendar for 2027"));
    }
}
