package kz.kelisim.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CalendarUpdateTest {

    private final KazakhCalendar official = KazakhCalendar.official();
    private final YearData shipped2026 = official.yearData(2026).orElseThrow();

    @Test
    @DisplayName("CAL-1: a new government transfer added at run time changes a deadline; the old calendar is unchanged")
    void new_transfer_changes_the_deadline_in_a_new_calendar_only() {
        YearData corrected = with2026Transfer(new Transfer(LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 6),
                "Order of the Minister of Labour of 1 October 2026"));

        KazakhCalendar updated = official.withYear(corrected);

        Deadline deadline = updated.deadline(LocalDate.of(2026, 10, 20), WorkingDays.STOP_PROCESSING);
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(deadline.skipped()).filteredOn(d -> d.kind() == DayOffKind.TRANSFERRED_DAY_OFF)
                .singleElement().satisfies(d -> {
                    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 11, 6));
                    assertThat(d.reason().code()).isEqualTo("transfer");
                    assertThat(d.reason().relatedDate()).isEqualTo(LocalDate.of(2026, 11, 14));
                });
        assertThat(updated.isWorkingDay(LocalDate.of(2026, 11, 14))).isTrue();
        assertThat(updated.year(2026).version()).isEqualTo(shipped2026.version() + 1);
        assertThat(official.deadline(LocalDate.of(2026, 10, 20), 15).dueDate()).isEqualTo(LocalDate.of(2026, 11, 11));
    }

    @Test
    @DisplayName("CAL-1: correcting the Kurban Ait date at run time moves the day off")
    void corrected_kurban_ait_date_moves_the_day_off() {
        YearData corrected = new YearData(2026, shipped2026.version() + 1, List.of(LocalDate.of(2026, 5, 26)),
                "SAMK announcement", shipped2026.transfers(), shipped2026.oneOffHolidays(), shipped2026.sources());

        KazakhCalendar updated = official.withYear(corrected);

        assertThat(updated.isWorkingDay(LocalDate.of(2026, 5, 27))).isTrue();
        assertThat(updated.dayOff(LocalDate.of(2026, 5, 26)).map(DayOff::kind)).contains(DayOffKind.RELIGIOUS_HOLIDAY);
    }

    @Test
    @DisplayName("CAL-1: a one-off day off added at run time is skipped with its own code and names")
    void one_off_holiday_is_skipped_with_its_names() {
        OneOffHoliday eve = new OneOffHoliday(LocalDate.of(2026, 12, 31), "new-years-eve-2026",
                Map.of("kk", "Жыл соңы", "ru", "Канун Нового года", "en", "New Year's Eve"),
                "Decree of 1 December 2026");
        KazakhCalendar updated = official.withYear(new YearData(2026, 2, shipped2026.kurbanAit(),
                shipped2026.kurbanAitSource(), List.of(), List.of(eve), List.of()));

        assertThat(updated.dayOff(LocalDate.of(2026, 12, 31))).hasValueSatisfying(d -> {
            assertThat(d.kind()).isEqualTo(DayOffKind.ONE_OFF_HOLIDAY);
            assertThat(d.reason().code()).isEqualTo("new-years-eve-2026");
            assertThat(d.reason().names()).containsEntry("ru", "Канун Нового года");
        });
    }

    @Test
    @DisplayName("CAL-1: a deadline running into a year without official data warns and names that year")
    void year_without_data_gives_a_warning_naming_the_year() {
        Deadline deadline = official.deadline(LocalDate.of(2026, 12, 20), WorkingDays.STOP_PROCESSING);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2027, 1, 13));
        assertThat(deadline.fromOfficialData()).isFalse();
        assertThat(deadline.warnings()).singleElement().asString()
                .startsWith("No official calendar data for 2027; computed from the rules only");
    }

    @Test
    @DisplayName("CAL-1: a year without official data is computed from the rules and its view says so")
    void year_without_data_is_computed_from_the_rules_and_flagged() {
        YearView view = official.year(2027);

        assertThat(view.official()).isFalse();
        assertThat(view.version()).isZero();
        assertThat(view.warnings()).singleElement().asString()
                .contains("2027").contains("Kurban Ait is estimated as 2027-05-16");
        assertThat(view.daysOff()).extracting(DayOff::date).contains(LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 16));
    }

    @Test
    @DisplayName("CAL-1: adding data for a year clears its warning")
    void adding_data_for_a_year_clears_its_warning() {
        KazakhCalendar updated = official.withYear(new YearData(2027, 1, List.of(LocalDate.of(2027, 5, 16)),
                "SAMK calendar for 2027", List.of(), List.of(), List.of()));

        assertThat(updated.officialYears()).contains(2027);
        assertThat(updated.deadline(LocalDate.of(2026, 12, 20), 15).warnings()).isEmpty();
    }

    @Test
    @DisplayName("CAL-1: a calendar with no data at all still counts, and warns for every year")
    void rules_only_calendar_warns_for_every_year() {
        Deadline deadline = KazakhCalendar.rulesOnly().deadline(LocalDate.of(2025, 12, 20), 15);

        assertThat(deadline.warnings()).hasSize(2);
        assertThat(deadline.warnings().get(0)).contains("for 2025;");
        assertThat(deadline.warnings().get(1)).contains("for 2026;");
    }

    @Test
    @DisplayName("CAL-1: a calendar is refused when one year's data is given twice")
    void the_same_year_given_twice_is_refused() {
        assertThatThrownBy(() -> KazakhCalendar.of(List.of(shipped2026, shipped2026)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Year data for 2026 is given more than once");
    }

    private YearData with2026Transfer(Transfer transfer) {
        List<Transfer> transfers = new ArrayList<>(shipped2026.transfers());
        transfers.add(transfer);
        return new YearData(2026, shipped2026.version() + 1, shipped2026.kurbanAit(), shipped2026.kurbanAitSource(),
                transfers, shipped2026.oneOffHolidays(), shipped2026.sources());
    }
}
