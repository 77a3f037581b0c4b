package kz.kelisim.kit.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.kit.calendar.CalendarProvider;

/**
 * Working days left of a legal term, as every page, view and notice of the suite shows them: the
 * stop obligation's 15 (PDL-8.7), the objection review's 3 (PDL-19-1.3) and the breach report's 1
 * (BRN-1). The counting itself is {@link KazakhCalendar#workingDaysLeft}, on the current calendar
 * and this service's clock.
 */
@ApplicationScoped
public class Countdown {

    private final CalendarProvider calendars;
    private final Clock clock;

    public Countdown(CalendarProvider calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Working days left now of the term received at {@code receivedAt} and due at {@code dueAt}; 0 once passed. */
    public int workingDaysLeft(Instant receivedAt, Instant dueAt) {
        if (dueAt == null) {
            return 0;
        }
        return calendars.calendar().workingDaysLeft(receivedAt, dueAt, clock.instant());
    }
}
