package kz.kelisim.calendar;

import java.time.LocalDate;

/**
 * A government transfer of a day off: a weekend day becomes a working day and a weekday becomes a day off (CAL-1).
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
