package kz.kelisim.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks one year's facts against the calendar rules (CAL-1) and names the first problem found. */
final class YearDataValidator {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final int year;

    YearDataValidator(int year) {
        this.year = year;
    }

    void check(int version, List<LocalDate> kurbanAit, String kurbanAitSource, List<Transfer> transfers,
               List<OneOffHoliday> oneOffHolidays, List<String> sources) {
        if (year < KazakhCalendar.FIRST_YEAR || year > KazakhCalendar.LAST_YEAR) {
            throw new IllegalArgumentException("Year data: year " + year + " is outside the supported range "
                    + KazakhCalendar.FIRST_YEAR + ".." + KazakhCalendar.LAST_YEAR);
        }
        require(version >= 1, "version must be 1 or more, was " + version);
        checkKurbanAit(kurbanAit, kurbanAitSource);
        Set<LocalDate> used = new HashSet<>();
        for (Transfer transfer : transfers) {
            checkTransfer(transfer, kurbanAit, used);
        }
        for (OneOffHoliday holiday : oneOffHolidays) {
            checkOneOff(holiday, kurbanAit, used);
        }
        for (String source : sources) {
            require(source != null && !source.isBlank(), "a source must not be blank");
        }
    }

    private void checkKurbanAit(List<LocalDate> dates, String source) {
        // The lunar year is about 11 days shorter, so Kurban Ait falls once or twice in every calendar year.
        require(!dates.isEmpty() && dates.size() <= 2,
                "Kurban Ait needs one date (two where it falls twice in the year), got " + dates.size());
        require(new HashSet<>(dates).size() == dates.size(), "Kurban Ait dates repeat: " + dates);
        for (LocalDate date : dates) {
            inYear(date, "Kurban Ait date");
        }
        require(source != null && !source.isBlank(), "the Kurban Ait date needs a source");
    }

    private void checkTransfer(Transfer transfer, List<LocalDate> kurbanAit, Set<LocalDate> used) {
        LocalDate working = transfer.workingDay();
        LocalDate off = transfer.dayOff();
        // CAL-1: a transfer may cross New Year, so one of its days must be in the year and the other may reach into
        // the month next to it (December of the year before or January of the year after), no further.
        require(working.getYear() == year || off.getYear() == year, "transfer " + working + " -> " + off
                + " has no date in " + year + "; its working day or its day off must be in " + year
                + " (the other may be in December " + (year - 1) + " or January " + (year + 1)
                + "); record a transfer of another year in that year's data");
        withinReach(working, "transfer working day");
        withinReach(off, "transfer day off");
        require(weekend(working), "transfer working day " + working + " is a " + working.getDayOfWeek()
                + "; it must be a Saturday or Sunday");
        require(!weekend(off), "transfer day off " + off + " is a " + off.getDayOfWeek()
                + "; it must be a weekday (Monday to Friday)");
        // Fixed holidays are known for any year. For a date across New Year the other year's Kurban Ait and one-off
        // holidays are in that year's data, not here; should they coincide, the calendar keeps the holiday.
        notHoliday(working, "transfer working day", kurbanAit);
        notHoliday(off, "transfer day off", kurbanAit);
        require(!transfer.source().isBlank(), "transfer " + working + " -> " + off + " needs a source");
        require(used.add(working), "date " + working + " is used by more than one transfer or one-off holiday");
        require(used.add(off), "date " + off + " is used by more than one transfer or one-off holiday");
    }

    private void checkOneOff(OneOffHoliday holiday, List<LocalDate> kurbanAit, Set<LocalDate> used) {
        LocalDate date = holiday.date();
        inYear(date, "one-off holiday");
        require(!weekend(date), "one-off holiday " + date + " is a " + date.getDayOfWeek()
                + "; a one-off day off must be a weekday (Monday to Friday)");
        notHoliday(date, "one-off holiday", kurbanAit);
        require(CODE.matcher(holiday.code()).matches(), "one-off holiday code '" + holiday.code()
                + "' must be lower-case letters and digits joined by hyphens");
        require(Holiday.byCode(holiday.code()).isEmpty(), "one-off holiday code '" + holiday.code()
                + "' is already the code of a holiday");
        for (String language : Languages.ALL) {
            String name = holiday.names().get(language);
            require(name != null && !name.isBlank(),
                    "one-off holiday " + date + " needs a name in '" + language + "'");
        }
        require(holiday.names().size() == Languages.ALL.size(), "one-off holiday " + date
                + " has names in unknown languages; use only " + Languages.ALL);
        require(!holiday.source().isBlank(), "one-off holiday " + date + " needs a source");
        require(used.add(date), "date " + date + " is used by more than one transfer or one-off holiday");
    }

    private void inYear(LocalDate date, String what) {
        require(date.getYear() == year, what + " " + date + " is not in " + year);
    }

    private void withinReach(LocalDate date, String what) {
        LocalDate first = YearData.firstDateAffected(year);
        LocalDate last = YearData.lastDateAffected(year);
        require(!date.isBefore(first) && !date.isAfter(last), what + " " + date + " is too far from " + year
                + "; a transfer may cross New Year only into December " + (year - 1) + " or January " + (year + 1)
                + " (dates " + first + " to " + last + ")");
    }

    private void notHoliday(LocalDate date, String what, List<LocalDate> kurbanAit) {
        Holiday.fixedOn(date).ifPresent(h ->
                fail(what + " " + date + " is already a holiday (" + h.englishName() + ")"));
        require(!kurbanAit.contains(date), what + " " + date + " is already a holiday (Kurban Ait)");
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private void require(boolean condition, String message) {
        if (!condition) {
            fail(message);
        }
    }

    private void fail(String message) {
        throw new IllegalArgumentException("Year data for " + year + ": " + message);
    }
}
