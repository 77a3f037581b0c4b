package kz.kelisim.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

/** Every day off of one year other than ordinary weekends, with substitute days placed (CAL-1). */
final class YearSchedule {

    final YearFacts facts;
    final NavigableMap<LocalDate, DayOffReason> daysOff;
    private final Set<LocalDate> workingWeekendDays;
    private final List<Transfer> transfers;

    private YearSchedule(YearFacts facts, NavigableMap<LocalDate, DayOffReason> daysOff,
                         Set<LocalDate> workingWeekendDays, List<Transfer> transfers) {
        this.facts = facts;
        this.daysOff = Collections.unmodifiableNavigableMap(daysOff);
        this.workingWeekendDays = Collections.unmodifiableSet(workingWeekendDays);
        this.transfers = List.copyOf(transfers);
    }

    /**
     * Builds the schedule of a year; its neighbours are read too, as a substitute day may cross New Year, and so may
     * a transfer of a day off: either date of a transfer counts in its own year, whichever year's data records it.
     */
    static YearSchedule build(int year, IntFunction<YearFacts> factsOf) {
        YearFacts own = factsOf.apply(year);
        List<YearFacts> window = List.of(factsOf.apply(year - 1), own, factsOf.apply(year + 1));
        // The year's own data first: where two years' data record a transfer of the same day, its reason is kept.
        List<YearFacts> ownFirst = List.of(own, window.get(0), window.get(2));
        TreeMap<LocalDate, DayOffReason> off = new TreeMap<>();
        window.forEach(f -> f.holidays.forEach(off::putIfAbsent));
        ownFirst.forEach(f -> f.transferredDaysOff.forEach(off::putIfAbsent));
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
        TreeMap<LocalDate, DayOffReason> ownDaysOff = new TreeMap<>(
                off.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true));
        Set<LocalDate> worked = new TreeSet<>();
        Set<Transfer> touching = new LinkedHashSet<>();
        for (YearFacts f : ownFirst) {
            for (Transfer transfer : f.transfers) {
                if (transfer.workingDay().getYear() == year) {
                    worked.add(transfer.workingDay());
                }
                if (transfer.workingDay().getYear() == year || transfer.dayOff().getYear() == year) {
                    touching.add(transfer);
                }
            }
        }
        return new YearSchedule(own, ownDaysOff, worked, List.copyOf(touching));
    }

    /** Why the date, which must lie in this schedule's year, is off; empty on a working day. */
    Optional<DayOffReason> reasonFor(LocalDate date) {
        DayOffReason reason = daysOff.get(date);
        if (reason != null) {
            return Optional.of(reason);
        }
        if (YearFacts.isWeekend(date) && !workingWeekendDays.contains(date)) {
            return Optional.of(DayOffReason.weekend(date));
        }
        return Optional.empty();
    }

    /** The weekend days of this year made working days by a transfer, whichever year's data records it. */
    Set<LocalDate> workingWeekendDays() {
        return workingWeekendDays;
    }

    /** The transfers with a date in this year, from its own data first, then from its neighbours' data. */
    List<Transfer> transfers() {
        return transfers;
    }

    Map<LocalDate, DayOffReason> daysOff() {
        return daysOff;
    }
}
