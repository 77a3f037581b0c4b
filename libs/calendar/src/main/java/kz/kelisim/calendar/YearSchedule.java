package kz.kelisim.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

/** Every day off of one year other than ordinary weekends, with substitute days placed (CAL-1). */
final class YearSchedule {

    final YearFacts facts;
    final NavigableMap<LocalDate, DayOffReason> daysOff;

    private YearSchedule(YearFacts facts, NavigableMap<LocalDate, DayOffReason> daysOff) {
        this.facts = facts;
        this.daysOff = Collections.unmodifiableNavigableMap(daysOff);
    }

    /** Builds the schedule of a year; its neighbours are read too, as a substitute day may cross New Year. */
    static YearSchedule build(int year, IntFunction<YearFacts> factsOf) {
        List<YearFacts> window = List.of(factsOf.apply(year - 1), factsOf.apply(year), factsOf.apply(year + 1));
        TreeMap<LocalDate, DayOffReason> off = new TreeMap<>();
        window.forEach(f -> f.holidays.forEach(off::putIfAbsent));
        window.forEach(f -> f.transferredDaysOff.forEach(off::putIfAbsent));
        // CAL-1: each state or national holiday on a Saturday or Sunday makes the next working day a day off.
        // Taking them in date order and skipping days already off gives two days for two such holidays on one
        // weekend, and moves a substitute past a holiday that follows (Nauryz 2026: 24 and 25 March).
        for (YearFacts f : window.subList(0, 2)) {
            f.weekendHolidays.forEach((date, holiday) -> {
                LocalDate day = date.plusDays(1);
                while (YearFacts.isWeekend(day) || off.containsKey(day)) {
                    day = day.plusDays(1);
                }
                off.put(day, DayOffReason.substitute(holiday, date));
            });
        }
        TreeMap<LocalDate, DayOffReason> own = new TreeMap<>(
                off.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true));
        return new YearSchedule(window.get(1), own);
    }

    /** Why the date, which must lie in this schedule's year, is off; empty on a working day. */
    Optional<DayOffReason> reasonFor(LocalDate date) {
        DayOffReason reason = daysOff.get(date);
        if (reason != null) {
            return Optional.of(reason);
        }
        if (YearFacts.isWeekend(date) && !facts.workingWeekendDays.contains(date)) {
            return Optional.of(DayOffReason.weekend(date));
        }
        return Optional.empty();
    }

    Set<LocalDate> workingWeekendDays() {
        return facts.workingWeekendDays;
    }

    Map<LocalDate, DayOffReason> daysOff() {
        return daysOff;
    }
}
