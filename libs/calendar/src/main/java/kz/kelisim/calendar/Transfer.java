package kz.kelisim.calendar;

import java.time.LocalDate;

/**
 * A government transfer of a day off: a weekend day becomes a working day and a weekday becomes a day off (CAL-1).
 *
 * <p>The two days may lie in different years: a transfer may cross New Year, for example a Saturday worked in
 * December for a day off in January. The year data that records it must hold one of the two dates, and the other
 * may reach into December of the year before or January of the year after ({@link YearData#firstDateAffected},
 * {@link YearData#lastDateAffected}). The transfer is one government act, so the calendar applies it to both dates
 * whichever year's data records it, even when the other year has no official data.
 *
 * @param workingDay the Saturday or Sunday that becomes a working day
 * @param dayOff     the weekday that becomes a day off
 * @param source     the act that made the transfer (order or decree, its date, where it was read)
 */
public record Transfer(LocalDate workingDay, LocalDate dayOff, String source) {

    public Transfer {
        if (workingDay == null || dayOff == null || source == null) {
            throw new IllegalArgumentException("A transfer needs a working day, a day off and a source");
        }
    }
}
