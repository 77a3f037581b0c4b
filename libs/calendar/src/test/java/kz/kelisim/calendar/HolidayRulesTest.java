package kz.kelisim.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayRulesTest {

    private final KazakhCalendar calendar = KazakhCalendar.official();

    @ParameterizedTest(name = "{0} is off: {1} {2}")
    @DisplayName("CAL-1: every holiday, substitute day and transfer of 2024-2026 is a day off, for the right reason")
    @CsvSource({
            // New Year with Orthodox Christmas
            "2024-01-01, HOLIDAY,             new-year",
            "2024-01-02, HOLIDAY,             new-year",
            "2024-01-07, RELIGIOUS_HOLIDAY,   orthodox-christmas",
            "2025-01-01, HOLIDAY,             new-year",
            "2025-01-02, HOLIDAY,             new-year",
            "2025-01-03, TRANSFERRED_DAY_OFF, transfer",
            "2025-01-07, RELIGIOUS_HOLIDAY,   orthodox-christmas",
            "2026-01-01, HOLIDAY,             new-year",
            "2026-01-02, HOLIDAY,             new-year",
            "2026-01-07, RELIGIOUS_HOLIDAY,   orthodox-christmas",
            // 8 March, on a Saturday in 2025 and a Sunday in 2026
            "2025-03-08, HOLIDAY,             international-womens-day",
            "2025-03-10, SUBSTITUTE_DAY_OFF,  international-womens-day",
            "2026-03-08, HOLIDAY,             international-womens-day",
            "2026-03-09, SUBSTITUTE_DAY_OFF,  international-womens-day",
            // Nauryz: two of its days on one weekend in both years
            "2024-03-23, HOLIDAY,             nauryz",
            "2024-03-25, SUBSTITUTE_DAY_OFF,  nauryz",
            "2025-03-21, HOLIDAY,             nauryz",
            "2025-03-22, HOLIDAY,             nauryz",
            "2025-03-23, HOLIDAY,             nauryz",
            "2025-03-24, SUBSTITUTE_DAY_OFF,  nauryz",
            "2025-03-25, SUBSTITUTE_DAY_OFF,  nauryz",
            "2026-03-21, HOLIDAY,             nauryz",
            "2026-03-22, HOLIDAY,             nauryz",
            "2026-03-23, HOLIDAY,             nauryz",
            "2026-03-24, SUBSTITUTE_DAY_OFF,  nauryz",
            "2026-03-25, SUBSTITUTE_DAY_OFF,  nauryz",
            // May
            "2024-05-08, TRANSFERRED_DAY_OFF, transfer",
            "2025-05-01, HOLIDAY,             unity-day",
            "2025-05-07, HOLIDAY,             defender-of-the-fatherland-day",
            "2025-05-09, HOLIDAY,             victory-day",
            "2026-05-01, HOLIDAY,             unity-day",
            "2026-05-07, HOLIDAY,             defender-of-the-fatherland-day",
            "2026-05-09, HOLIDAY,             victory-day",
            "2026-05-11, SUBSTITUTE_DAY_OFF,  victory-day",
            // Kurban Ait
            "2024-06-16, RELIGIOUS_HOLIDAY,   kurban-ait",
            "2025-06-06, RELIGIOUS_HOLIDAY,   kurban-ait",
            "2026-05-27, RELIGIOUS_HOLIDAY,   kurban-ait",
            // Summer and autumn
            "2024-07-08, SUBSTITUTE_DAY_OFF,  capital-day",
            "2025-07-07, SUBSTITUTE_DAY_OFF,  capital-day",
            "2026-07-06, HOLIDAY,             capital-day",
            "2025-09-01, SUBSTITUTE_DAY_OFF,  constitution-day",
            "2026-08-31, SUBSTITUTE_DAY_OFF,  constitution-day",
            "2025-10-27, SUBSTITUTE_DAY_OFF,  republic-day",
            "2026-10-25, HOLIDAY,             republic-day",
            "2026-10-26, SUBSTITUTE_DAY_OFF,  republic-day",
            "2025-12-16, HOLIDAY,             independence-day",
            "2026-12-16, HOLIDAY,             independence-day",
    })
    void each_holiday_substitute_and_transfer_is_a_day_off(LocalDate date, DayOffKind kind, String code) {
        assertThat(calendar.isWorkingDay(date)).isFalse();
        assertThat(calendar.dayOff(date)).hasValueSatisfying(off -> {
            assertThat(off.kind()).isEqualTo(kind);
            assertThat(off.reason().code()).isEqualTo(code);
        });
    }

    @ParameterizedTest(name = "{0} is a working day")
    @DisplayName("CAL-1: ordinary weekdays around the holidays, and transferred working weekend days, are working days")
    @CsvSource({
            "2024-01-08", // Monday after Orthodox Christmas on a Sunday: religious holidays never move
            "2024-05-04", // Saturday worked by the 2024 transfer
            "2024-06-17", // Monday after Kurban Ait on a Sunday
            "2025-01-05", // Sunday worked by the 2025 transfer
            "2025-03-26",
            "2025-06-09",
            "2026-01-05",
            "2026-03-26",
            "2026-05-28",
            "2026-10-27",
    })
    void weekdays_beside_holidays_and_worked_weekend_days_are_working_days(LocalDate date) {
        assertThat(calendar.isWorkingDay(date)).isTrue();
        assertThat(calendar.dayOff(date)).isEmpty();
    }

    @Test
    @DisplayName("CAL-1: two days of Nauryz on one weekend give the two next working days off, after the third day")
    void two_holidays_on_one_weekend_give_the_two_following_working_days_off() {
        assertThat(calendar.daysOff(LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 26)))
                .extracting(DayOff::date, d -> d.reason().relatedDate())
                .containsExactly(
                        tuple(LocalDate.of(2026, 3, 21), null),
                        tuple(LocalDate.of(2026, 3, 22), null),
                        tuple(LocalDate.of(2026, 3, 23), null),
                        tuple(LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 21)),
                        tuple(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 3, 22)));
    }

    @Test
    @DisplayName("CAL-1: New Year on a whole weekend gives 3 and 4 January off, computed from the rules for 2028")
    void new_year_on_a_weekend_gives_two_substitute_days_in_a_year_without_data() {
        assertThat(calendar.dayOff(LocalDate.of(2028, 1, 3))).hasValueSatisfying(d ->
                assertThat(d.reason().description()).isEqualTo("Day off in place of New Year on Saturday 2028-01-01"));
        assertThat(calendar.dayOff(LocalDate.of(2028, 1, 4))).hasValueSatisfying(d ->
                assertThat(d.reason().relatedDate()).isEqualTo(LocalDate.of(2028, 1, 2)));
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 5))).isTrue();
    }

    @Test
    @DisplayName("CAL-1: Kurban Ait on a Sunday is a day off but gives no substitute day")
    void kurban_ait_on_a_sunday_is_not_moved() {
        assertThat(calendar.dayOff(LocalDate.of(2024, 6, 16))).hasValueSatisfying(d -> {
            assertThat(d.kind()).isEqualTo(DayOffKind.RELIGIOUS_HOLIDAY);
            assertThat(d.reason().names()).containsEntry(Languages.KAZAKH, "Құрбан айттың бірінші күні")
                    .containsEntry(Languages.RUSSIAN, "Первый день Курбан айта");
        });
        assertThat(calendar.year(2024).daysOff()).noneMatch(d -> d.reason().code().equals("kurban-ait")
                && d.kind() == DayOffKind.SUBSTITUTE_DAY_OFF);
    }

    @Test
    @DisplayName("CAL-1: every holiday has a stable code and names in Kazakh, Russian and English")
    void every_holiday_has_a_code_and_three_names() {
        for (Holiday holiday : Holiday.values()) {
            assertThat(holiday.code()).matches("[a-z]+(-[a-z]+)*");
            assertThat(holiday.names()).containsOnlyKeys(Languages.ALL).allSatisfy((lang, name) ->
                    assertThat(name).isNotBlank());
            assertThat(Holiday.byCode(holiday.code())).contains(holiday);
        }
        assertThat(Holiday.NAURYZ.names()).containsEntry(Languages.ENGLISH, "Nauryz Meyramy");
        assertThat(Holiday.values()).filteredOn(Holiday::religious)
                .containsExactlyInAnyOrder(Holiday.ORTHODOX_CHRISTMAS, Holiday.KURBAN_AIT);
    }
}
