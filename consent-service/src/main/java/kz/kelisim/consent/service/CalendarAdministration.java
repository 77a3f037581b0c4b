package kz.kelisim.consent.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import kz.kelisim.calendar.YearData;
import kz.kelisim.contracts.calendar.CalendarYearPublished;
import kz.kelisim.kit.calendar.CalendarProvider;
import kz.kelisim.kit.outbox.Outbox;
import kz.kelisim.kit.problem.ConflictException;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.problem.Problem;

/**
 * Validates an uploaded calendar year, applies it here (recounting open deadlines) and publishes it
 * to every other service through the outbox, all in one transaction.
 */
@ApplicationScoped
public class CalendarAdministration {

    private final CalendarProvider calendars;
    private final Outbox outbox;
    private final Clock clock;

    public CalendarAdministration(CalendarProvider calendars, Outbox outbox, Clock clock) {
        this.calendars = calendars;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What an upload changed. */
    public record Applied(int year, int version, int openDeadlinesMoved) {
    }

    @Transactional
    public Applied publish(int year, String text) {
        YearData data = parse(text);
        if (data.year() != year) {
            throw InvalidInputException.field("year", "is " + data.year() + " in the body but " + year + " in the path");
        }
        int moved = calendars.apply(data);
        if (moved < 0) {
            int held = calendars.calendar().yearData(year).map(YearData::version).orElse(0);
            throw new ConflictException("calendar-version-not-newer", "Calendar version not newer",
                    "Year " + year + " is already at version " + held + "; upload a higher version to change it");
        }
        outbox.add(new CalendarYearPublished(UUID.randomUUID(), clock.instant(), year, data.version(), data.format()));
        return new Applied(year, data.version(), moved);
    }

    private static YearData parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.field("body", "is required: the year's data in the calendar text format");
        }
        try {
            return YearData.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("The calendar data is not valid: " + e.getMessage(),
                    List.of(new Problem.FieldError("body", e.getMessage())));
        }
    }
}
