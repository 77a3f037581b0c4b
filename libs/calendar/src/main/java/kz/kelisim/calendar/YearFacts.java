package kz.kelisim.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The days off that one year's rules and data give before substitute days are placed (CAL-1). */
final class YearFacts {

    final int year;
    final YearData data;
    final List<LocalDate> kurbanAit;
    /** Fixed holidays, Kurban Ait and one-off holidays; a fixed holiday wins where two fall on one date. */
    final Map<LocalDate, DayOffReason> holidays = new TreeMap<>();
    /** The transfers this year's data records; a transfer across New Year has one of its dates in a neighbour. */
    final List<Transfer> transfers;
    /** The days off those transfers give, whichever year each falls in; {@link YearSchedule} files them by year. */
    final Map<LocalDate, DayOffReason> transferredDaysOff = new TreeMap<>();
    /** State and national holidays that fall on a Saturday or Sunday, in date order. */
    final Map<LocalDate, Holiday> weekendHolidays = new TreeMap<>();

    /** Builds the facts of a year from its data, or from the rules alone when {@code data} is null. */
    YearFacts(int year, YearData data) {
        this.year = year;
        this.data = data;
        this.kurbanAit = data != null ? data.kurbanAit() : estimateKurbanAit(year);
        this.transfers = data != null ? data.transfers() : List.of();
        Holiday.fixedIn(year).forEach((date, holiday) -> {
            holidays.put(date, DayOffReason.holiday(holiday));
            // CAL-1: religious holidays are days off but never move, so only state and national ones count here.
            if (!holiday.religious() && isWeekend(date)) {
                weekendHolidays.put(date, holiday);
            }
        });
        kurbanAit.forEach(date -> holidays.putIfAbsent(date, DayOffReason.holiday(Holiday.KURBAN_AIT)));
        if (data != null) {
            data.oneOffHolidays().forEach(h -> holidays.putIfAbsent(h.date(), DayOffReason.oneOff(h)));
        }
        for (Transfer transfer : transfers) {
            transferredDaysOff.put(transfer.dayOff(), DayOffReason.transfer(transfer));
        }
    }

    boolean official() {
        return data != null;
    }

    /** What a result computed from these facts must say about them; empty for a year with official data. */
    String warning() {
        if (official()) {
            return null;
        }
        String kurban = kurbanAit.isEmpty()
                ? "the date of Kurban Ait is unknown"
                : "the first day of Kurban Ait is estimated as " + String.join(" and ",
                        kurbanAit.stream().map(LocalDate::toString).toList()) + " from the Umm al-Qura calendar";
        return "No official calendar data for " + year + "; computed from the rules only (" + kurban
                + "; government transfers of days off are not known, except any that a neighbouring year's data"
                + " carries across New Year)";
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * Kurban Ait is 10 Dhu al-Hijjah; the JDK's Umm al-Qura calendar gives the official dates of 2024 to 2026,
     * but the official date follows the sighting of the moon, so an estimate is never presented as official.
     */
    static List<LocalDate> estimateKurbanAit(int year) {
        List<LocalDate> dates = new ArrayList<>();
        try {
            int hijriYear = HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
            for (int h = hijriYear; h <= hijriYear + 1; h++) {
                LocalDate date = LocalDate.from(HijrahDate.of(h, 12, 10));
                if (date.getYear() == year) {
                    dates.add(date);
                }
            }
        } catch (DateTimeException outsideTheHijrahCalendar) {
            // Leave the list as found: the warning then says the date is unknown.
        }
        return dates;
    }
}
