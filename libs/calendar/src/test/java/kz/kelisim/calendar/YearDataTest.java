package kz.kelisim.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YearDataTest {

    private static final String SOURCE = "Order of 1 November 2026";

    @Test
    @DisplayName("CAL-1: the shipped data covers 2024, 2025 and 2026, each versioned and sourced")
    void shipped_data_covers_2024_to_2026_with_versions_and_sources() {
        KazakhCalendar calendar = KazakhCalendar.official();

        assertThat(calendar.officialYears()).contains(2024, 2025, 2026);
        assertThat(calendar.yearData(2024)).hasValueSatisfying(d -> {
            assertThat(d.version()).isPositive();
            assertThat(d.kurbanAit()).containsExactly(LocalDate.of(2024, 6, 16));
            assertThat(d.transfers()).extracting(Transfer::workingDay, Transfer::dayOff)
                    .containsExactly(tuple(LocalDate.of(2024, 5, 4), LocalDate.of(2024, 5, 8)));
            assertThat(d.transfers().get(0).source()).contains("17 April 2024");
        });
        assertThat(calendar.yearData(2025).map(YearData::kurbanAit)).contains(List.of(LocalDate.of(2025, 6, 6)));
        assertThat(calendar.yearData(2026).map(YearData::kurbanAit)).contains(List.of(LocalDate.of(2026, 5, 27)));
        assertThat(calendar.yearData(2026).map(YearData::transfers)).contains(List.of());
    }

    @Test
    @DisplayName("CAL-1: year data written as text reads back unchanged")
    void year_data_text_reads_back_unchanged() {
        YearData data = new YearData(2030, 3, List.of(LocalDate.of(2030, 4, 13)), " SAMK calendar\\2030\nline two",
                List.of(new Transfer(LocalDate.of(2030, 3, 16), LocalDate.of(2030, 3, 25), "Order = 12: \"x\"")),
                List.of(new OneOffHoliday(LocalDate.of(2030, 12, 31), "new-years-eve-2030",
                        Map.of("kk", "Жыл соңы", "ru", "Канун Нового года", "en", "New Year's Eve"), "Decree #1")),
                List.of("Checked by the calendar owner", "  indented"));

        assertThat(YearData.parse(data.format())).isEqualTo(data);
    }

    @Test
    @DisplayName("CAL-1: the text format is the one of the shipped files")
    void year_data_parses_the_documented_text_format() {
        YearData data = YearData.parse("""
                # a comment
                year = 2027
                version = 2
                kurban-ait = 2027-05-16
                kurban-ait.source = SAMK calendar for 2027
                transfer.1.working-day = 2027-05-08
                transfer.1.day-off = 2027-05-04
                transfer.1.source = Order of 1 April 2027
                source.1 = Checked
                """);

        assertThat(data.year()).isEqualTo(2027);
        assertThat(data.version()).isEqualTo(2);
        assertThat(data.transfers()).containsExactly(
                new Transfer(LocalDate.of(2027, 5, 8), LocalDate.of(2027, 5, 4), "Order of 1 April 2027"));
        assertThat(data.sources()).containsExactly("Checked");
    }

    @Test
    @DisplayName("CAL-1: a transfer across New Year is accepted in either direction, from December before to January after")
    void transfer_across_new_year_is_accepted_in_either_direction() {
        List<LocalDate> kurban = List.of(LocalDate.of(2026, 5, 27));
        // A Saturday of 2026 worked for a Friday of 2027 off, and a Saturday of January 2027 worked for the
        // last day of 2026; a Saturday of December 2025 worked for a Monday of 2026 off.
        List<Transfer> transfers = List.of(transfer(2026, 12, 26, 2027, 1, 8), transfer(2027, 1, 9, 2026, 12, 31),
                transfer(2025, 12, 27, 2026, 1, 5));

        YearData data = new YearData(2026, 2, kurban, "SAMK", transfers, List.of(), List.of());

        assertThat(data.transfers()).isEqualTo(transfers);
        assertThat(YearData.firstDateAffected(2026)).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(YearData.lastDateAffected(2026)).isEqualTo(LocalDate.of(2027, 1, 31));
        // The edges of the reach: 1 December 2025 (a Monday) and Saturday 30 January 2027.
        assertThat(new YearData(2026, 2, kurban, "SAMK", List.of(transfer(2026, 1, 10, 2025, 12, 1),
                transfer(2027, 1, 30, 2026, 12, 30)), List.of(), List.of()).transfers()).hasSize(2);
    }

    @Test
    @DisplayName("CAL-1: a transfer across New Year uses the same text format, whose older files still read")
    void transfer_across_new_year_uses_the_same_text_format() {
        YearData data = YearData.parse("""
                year = 2026
                version = 2
                kurban-ait = 2026-05-27
                kurban-ait.source = SAMK calendar for 2026
                transfer.1.working-day = 2026-12-26
                transfer.1.day-off = 2027-01-08
                transfer.1.source = Order of 1 November 2026
                """);

        assertThat(data.transfers()).containsExactly(
                new Transfer(LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 8), "Order of 1 November 2026"));
        assertThat(YearData.parse(data.format())).isEqualTo(data);
        assertThat(KazakhCalendar.official().officialYears()).contains(2024, 2025, 2026);
    }

    static Stream<Arguments> invalidYearData() {
        List<LocalDate> kurban = List.of(LocalDate.of(2026, 5, 27));
        return Stream.of(
                Arguments.of(data(0, kurban, List.of(), List.of()), "version must be 1 or more, was 0"),
                Arguments.of(data(1, List.of(), List.of(), List.of()), "Kurban Ait needs one date"),
                Arguments.of(data(1, List.of(LocalDate.of(2025, 6, 6)), List.of(), List.of()),
                        "Kurban Ait date 2025-06-06 is not in 2026"),
                Arguments.of(data(1, kurban, List.of(transfer(2026, 11, 13, 2026, 11, 6)), List.of()),
                        "transfer working day 2026-11-13 is a FRIDAY; it must be a Saturday or Sunday"),
                Arguments.of(data(1, kurban, List.of(transfer(2026, 11, 14, 2026, 11, 15)), List.of()),
                        "transfer day off 2026-11-15 is a SUNDAY; it must be a weekday (Monday to Friday)"),
                Arguments.of(data(1, kurban, List.of(transfer(2026, 12, 19, 2026, 12, 16)), List.of()),
                        "transfer day off 2026-12-16 is already a holiday (Independence Day)"),
                Arguments.of(data(1, kurban, List.of(transfer(2026, 3, 21, 2026, 3, 27)), List.of()),
                        "transfer working day 2026-03-21 is already a holiday (Nauryz Meyramy)"),
                Arguments.of(data(1, kurban, List.of(transfer(2027, 1, 9, 2027, 1, 8)), List.of()),
                        "transfer 2027-01-09 -> 2027-01-08 has no date in 2026; its working day or its day off must"
                                + " be in 2026 (the other may be in December 2025 or January 2027)"),
                Arguments.of(data(1, kurban, List.of(transfer(2025, 12, 27, 2025, 12, 29)), List.of()),
                        "transfer 2025-12-27 -> 2025-12-29 has no date in 2026"),
                Arguments.of(data(1, kurban, List.of(transfer(2026, 12, 26, 2027, 2, 1)), List.of()),
                        "transfer day off 2027-02-01 is too far from 2026; a transfer may cross New Year only into"
                                + " December 2025 or January 2027 (dates 2025-12-01 to 2027-01-31)"),
                Arguments.of(data(1, kurban, List.of(transfer(2025, 11, 29, 2026, 1, 5)), List.of()),
                        "transfer working day 2025-11-29 is too far from 2026"),
                Arguments.of(data(1, kurban, List.of(transfer(2027, 1, 8, 2026, 12, 31)), List.of()),
                        "transfer working day 2027-01-08 is a FRIDAY; it must be a Saturday or Sunday"),
                Arguments.of(data(1, kurban, List.of(transfer(2026, 12, 26, 2027, 1, 9)), List.of()),
                        "transfer day off 2027-01-09 is a SATURDAY; it must be a weekday (Monday to Friday)"),
                Arguments.of(data(1, kurban, List.of(transfer(2026, 12, 26, 2027, 1, 1)), List.of()),
                        "transfer day off 2027-01-01 is already a holiday (New Year)"),
                Arguments.of(data(1, kurban, List.of(transfer(2027, 1, 2, 2026, 12, 31)), List.of()),
                        "transfer working day 2027-01-02 is already a holiday (New Year)"),
                Arguments.of(data(1, kurban, List.of(transfer(2026, 12, 26, 2027, 1, 8),
                        transfer(2026, 12, 19, 2027, 1, 8)), List.of()),
                        "date 2027-01-08 is used by more than one transfer or one-off holiday"),
                Arguments.of(data(1, kurban, List.of(transfer(2026, 11, 14, 2026, 11, 6),
                        transfer(2026, 11, 21, 2026, 11, 6)), List.of()),
                        "date 2026-11-06 is used by more than one transfer or one-off holiday"),
                Arguments.of(data(1, kurban, List.of(new Transfer(LocalDate.of(2026, 11, 14),
                        LocalDate.of(2026, 11, 6), " ")), List.of()),
                        "transfer 2026-11-14 -> 2026-11-06 needs a source"),
                Arguments.of(data(1, kurban, List.of(), List.of(oneOff(LocalDate.of(2026, 12, 26), Map.of(
                        "kk", "a", "ru", "b", "en", "c")))),
                        "one-off holiday 2026-12-26 is a SATURDAY; a one-off day off must be a weekday"),
                Arguments.of(data(1, kurban, List.of(), List.of(oneOff(LocalDate.of(2026, 12, 31), Map.of(
                        "ru", "b", "en", "c")))),
                        "one-off holiday 2026-12-31 needs a name in 'kk'"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidYearData")
    @DisplayName("CAL-1: invalid year data is refused with a message naming the problem")
    void invalid_year_data_is_refused_with_a_message(ThrowingBuilder build, String message) {
        assertThatThrownBy(build::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Year data for 2026: ")
                .hasMessageContaining(message);
    }

    @Test
    @DisplayName("CAL-1: year data for a year outside the supported range is refused")
    void year_data_outside_the_supported_years_is_refused() {
        assertThatThrownBy(() -> new YearData(2023, 1, List.of(LocalDate.of(2023, 6, 28)), "x", List.of(), List.of(),
                List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Year data: year 2023 is outside the supported range 2024..2150");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidText")
    @DisplayName("CAL-1: year data text with an unknown, repeated, missing or malformed key is refused")
    void invalid_year_data_text_is_refused(String text, String message) {
        assertThatThrownBy(() -> YearData.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> invalidText() {
        String valid = "year = 2026\nversion = 1\nkurban-ait = 2026-05-27\nkurban-ait.source = SAMK\n";
        return Stream.of(
                Arguments.of(valid + "transfer.1.workday = 2026-11-14\n", "Unknown key 'transfer.1.workday' in year data"),
                Arguments.of(valid + "holiday = 2026-11-14\n", "Unknown key 'holiday' in year data"),
                Arguments.of(valid + "version = 2\n", "Key 'version' appears more than once in year data"),
                Arguments.of(valid.replace("year = 2026\n", ""), "Missing key 'year' in year data"),
                Arguments.of(valid + "transfer.1.working-day = 2026-11-14\ntransfer.1.day-off = 2026-11-06\n",
                        "Missing key 'transfer.1.source' in year data"),
                Arguments.of(valid.replace("2026-05-27", "27.05.2026"),
                        "Key 'kurban-ait': '27.05.2026' is not a date (yyyy-MM-dd)"),
                Arguments.of(valid.replace("version = 1", "version = one"),
                        "Key 'version': 'one' is not a whole number"));
    }

    /** Builds year data lazily so that the test, not the argument source, sees the exception. */
    @FunctionalInterface
    interface ThrowingBuilder {
        YearData build();
    }

    private static ThrowingBuilder data(int version, List<LocalDate> kurbanAit, List<Transfer> transfers,
                                        List<OneOffHoliday> oneOffs) {
        return () -> new YearData(2026, version, kurbanAit, "SAMK", transfers, oneOffs, List.of());
    }

    private static Transfer transfer(int y1, int m1, int d1, int y2, int m2, int d2) {
        return new Transfer(LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2), SOURCE);
    }

    private static OneOffHoliday oneOff(LocalDate date, Map<String, String> names) {
        return new OneOffHoliday(date, "one-off-day", names, "Decree");
    }
}
