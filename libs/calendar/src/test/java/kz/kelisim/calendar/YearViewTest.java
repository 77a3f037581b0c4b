package kz.kelisim.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class YearViewTest {

    private final KazakhCalendar calendar = KazakhCalendar.official();

    @Test
    @DisplayName("CAL-1: the 2025 view lists every holiday, substitute day and transfer, with official data")
    void year_view_lists_holidays_substitutes_and_transfers() {
        YearView view = calendar.year(2025);

        assertThat(view.official()).isTrue();
        assertThat(view.version()).isPositive();
        assertThat(view.warnings()).isEmpty();
        assertThat(view.sources()).isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank());
        assertThat(view.workingWeekendDays()).containsExactly(LocalDate.of(2025, 1, 5));
        assertThat(view.daysOff()).filteredOn(d -> d.kind() == DayOffKind.SUBSTITUTE_DAY_OFF)
                .extracting(DayOff::date).containsExactly(
                        LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 24), LocalDate.of(2025, 3, 25),
                        LocalDate.of(2025, 7, 7), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 27));
        assertThat(view.daysOff()).filteredOn(d -> d.kind() == DayOffKind.TRANSFERRED_DAY_OFF)
                .extracting(DayOff::date).containsExactly(LocalDate.of(2025, 1, 3));
        // 15 holiday dates (New Year 2, Christmas, 8 March, Nauryz 3, three in May, Kurban Ait, 6 July,
        // 30 August, 25 October, 16 December) plus 6 substitute days and 1 transferred day off.
        assertThat(view.daysOff()).hasSize(22).doesNotContainNull()
                .noneMatch(d -> d.kind() == DayOffKind.WEEKEND);
    }

    @Test
    @DisplayName("CAL-1: the view with weekends agrees day by day with the calendar")
    void year_view_with_weekends_agrees_with_the_calendar() {
        YearView view = calendar.year(2024);

        assertThat(view.daysOffWithWeekends()).isEqualTo(
                calendar.daysOff(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(view.daysOffWithWeekends()).extracting(DayOff::date).doesNotContain(LocalDate.of(2024, 5, 4));
    }
}
