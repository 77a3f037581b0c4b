package kz.kelisim.consent.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.kit.calendar.CalendarProvider;

/**
 * Working days left until a due moment, for the subject's 15-working-day countdown (PDL-8.7, CAL-1).
 */
@ApplicationScoped
public class Countdown {

    private final CalendarProvider calendars;
    private final Clock clock;

    public Countdown(CalendarProvider calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The due date: the last day of the term, whose 24:00 Almaty is the due moment (CC-178..180). */
    public static LocalDate dueDate(Instant dueAt) {
        return KazakhTime.dateOf(dueAt.minusNanos(1));
    }

    /**
     * Working days left through the due date, counting today (Asia/Almaty) while it is still open; the
     * term starts the day after receipt (CC-178), so on the day of receipt it shows the full 15. 0 once passed.
     */
    public int workingDaysLeft(Instant receivedAt, Instant dueAt) {
        Instant now = clock.instant();
        if (dueAt == null || !now.isBefore(dueAt)) {
            return 0;
        }
        var calendar = calendars.calendar();
        LocalDate last = dueDate(dueAt);
        LocalDate today = KazakhTime.dateOf(now);
        LocalDate firstDay = KazakhTime.dateOf(receivedAt).plusDays(1);
        int left = 0;
        for (LocalDate d = today.isBefore(firstDay) ? firstDay : today; !d.isAfter(last); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                left++;
            }
        }
        return left;
    }
}
