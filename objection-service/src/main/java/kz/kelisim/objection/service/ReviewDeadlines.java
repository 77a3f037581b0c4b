package kz.kelisim.objection.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.kit.calendar.CalendarProvider;
import kz.kelisim.kit.deadline.DeadlineKind;
import kz.kelisim.kit.deadline.Deadlines;
import kz.kelisim.kit.deadline.TrackedDeadline;

/**
 * The three-working-day review deadline of objections (PDL-19-1.3), on the kit's deadline engine,
 * which breaches overdue ones exactly once and reports them on objection-events.
 */
@ApplicationScoped
public class ReviewDeadlines {

    private final Deadlines deadlines;
    private final CalendarProvider calendars;
    private final Clock clock;

    public ReviewDeadlines(Deadlines deadlines, CalendarProvider calendars, Clock clock) {
        this.deadlines = deadlines;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Opens the deadline inside the caller's transaction; it is owed by the operator. */
    public TrackedDeadline open(String operatorId, String subjectRef, UUID objectionId, Instant receivedAt) {
        return deadlines.open(DeadlineKind.OBJECTION_REVIEW, operatorId, subjectRef, objectionId, receivedAt);
    }

    public TrackedDeadline get(UUID id) {
        return deadlines.get(id);
    }

    /** Working days from today to the due date, both counted (CAL-1); 0 once the due moment has passed. */
    public int workingDaysLeft(Instant dueAt) {
        Instant now = clock.instant();
        if (!now.isBefore(dueAt)) {
            return 0;
        }
        KazakhCalendar calendar = calendars.calendar();
        // dueAt is 24:00 of the due date, that is the first instant of the next day in Kazakhstan.
        LocalDate dueDate = KazakhTime.dateOf(dueAt.minusNanos(1));
        int left = 0;
        for (LocalDate day = KazakhTime.dateOf(now); !day.isAfter(dueDate); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                left++;
            }
        }
        return left;
    }
}
