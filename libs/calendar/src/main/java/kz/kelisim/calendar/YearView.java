package kz.kelisim.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One year of the calendar: its holidays, substitute days, transferred and one-off days off, and whether the
 * year's data is official (CAL-1).
 *
 * @param year               the calendar year
 * @param official           whether official year data was used; if not, see {@code warnings}
 * @param version            the revision of the year data, or 0 when the year is computed from the rules only
 * @param daysOff            every day off other than ordinary weekends, in date order; a transferred day off is
 *                           listed in the year it falls in, even when the previous or next year's data records it
 *                           (a transfer across New Year)
 * @param workingWeekendDays Saturdays and Sundays of the year made working days by a transfer, whichever year's
 *                           data records it
 * @param sources            where the year's facts come from, the sources of transfers across New Year recorded in
 *                           a neighbouring year's data included
 * @param warnings           a line saying the year has no official data, if so
 */
public record YearView(int year, boolean official, int version, List<DayOff> daysOff,
                       List<LocalDate> workingWeekendDays, List<String> sources, List<String> warnings) {

    public YearView {
        daysOff = List.copyOf(daysOff);
        workingWeekendDays = List.copyOf(workingWeekendDays);
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }

    /** Every day off of the year, ordinary weekends included, in date order. */
    public List<DayOff> daysOffWithWeekends() {
        Map<LocalDate, DayOff> all = new TreeMap<>();
        daysOff.forEach(d -> all.put(d.date(), d));
        Set<LocalDate> worked = Set.copyOf(workingWeekendDays);
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (YearFacts.isWeekend(day) && !worked.contains(day)) {
                all.putIfAbsent(day, new DayOff(day, DayOffReason.weekend(day)));
            }
        }
        return new ArrayList<>(all.values());
    }
}
