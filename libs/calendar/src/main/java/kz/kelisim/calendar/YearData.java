package kz.kelisim.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Objects;

/**
 * The official facts of one year that the rules cannot compute (CAL-1): the first day of Kurban Ait, government
 * transfers of days off and one-off holidays, each with where it comes from.
 *
 * <p>Construction validates the facts and refuses bad data with an {@link IllegalArgumentException} naming the
 * problem, so data mapped from JSON is checked the same way as data parsed from text.
 *
 * @param year            the calendar year
 * @param version         the revision of this year's data, 1 or more; a correction gets a higher number
 * @param kurbanAit       the first day of Kurban Ait; two dates in a year where the lunar calendar brings it twice
 * @param kurbanAitSource where the Kurban Ait date comes from
 * @param transfers       government transfers of days off: each has its working day or its day off (or both) in the
 *                        year, and may cross New Year as far as 1 December of the year before or 31 January of the
 *                        year after (see {@link #firstDateAffected(int)}); the calendar applies it to both dates,
 *                        whichever year they fall in
 * @param oneOffHolidays  weekdays declared days off for this year only
 * @param sources         further references for the year as a whole
 */
public record YearData(int year, int version, List<LocalDate> kurbanAit, String kurbanAitSource,
                       List<Transfer> transfers, List<OneOffHoliday> oneOffHolidays, List<String> sources) {

    public YearData {
        kurbanAit = copy(year, kurbanAit, "Kurban Ait dates");
        transfers = copy(year, transfers, "transfers");
        oneOffHolidays = copy(year, oneOffHolidays, "one-off holidays");
        sources = copy(year, sources, "sources");
        new YearDataValidator(year).check(version, kurbanAit, kurbanAitSource, transfers, oneOffHolidays, sources);
    }

    /**
     * The earliest date a year's data may give a fact for: 1 December of the year before. A transfer of a day off
     * may cross New Year (a Saturday worked in December for a day off in January, or the other way round), but no
     * further than the month next to the year, so a change to one year's data moves days of {@code year - 1}
     * December to {@code year + 1} January at most.
     */
    public static LocalDate firstDateAffected(int year) {
        return LocalDate.of(year - 1, Month.DECEMBER, 1);
    }

    /** The latest date a year's data may give a fact for: 31 January of the year after; see {@link #firstDateAffected}. */
    public static LocalDate lastDateAffected(int year) {
        return LocalDate.of(year + 1, Month.JANUARY, 31);
    }

    /** Parses year data from the text format of the shipped files; see {@link #format()}. */
    public static YearData parse(String text) {
        return YearDataFormat.parse(text);
    }

    /** Writes this year data in the text format of the shipped files ({@code .properties}, UTF-8). */
    public String format() {
        return YearDataFormat.format(this);
    }

    private static <T> List<T> copy(int year, List<T> list, String what) {
        if (list == null || list.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Year data for " + year + ": " + what
                    + " must be a list without empty entries");
        }
        return List.copyOf(list);
    }
}
