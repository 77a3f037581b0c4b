package kz.kelisim.kit.calendar;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import kz.kelisim.calendar.Deadline;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.kit.problem.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The public working-day calendar (CAL-1) and term counting (CC-178..180); no login needed.
 */
@Path("/api/v1/calendar")
public class CalendarResource {

    private final CalendarProvider calendars;

    public CalendarResource(CalendarProvider calendars) {
        this.calendars = calendars;
    }

    @GET
    @Path("deadline")
    @Operation(summary = "Count a term in working days", description = "The term starts the day after 'received'; "
            + "dueAt is 24:00 Asia/Almaty of the last working day, in UTC. 'skipped' explains every day not counted.")
    public CalendarViews.DeadlineView deadline(
            @Parameter(example = "2026-10-20") @QueryParam("received") String received,
            @Parameter(example = "15") @QueryParam("workingDays") String workingDays) {
        LocalDate day = date("received", received);
        int count = count(workingDays);
        Deadline deadline = compute(() -> calendars.calendar().deadline(day, count));
        return CalendarViews.DeadlineView.of(deadline);
    }

    @GET
    @Path("{year}")
    @Operation(summary = "The non-working days of a year, with their reasons, and whether its data is official")
    public CalendarViews.YearView year(@PathParam("year") String year) {
        int value;
        try {
            value = Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw InvalidInputException.field("year", "must be a year such as 2026");
        }
        return CalendarViews.YearView.of(compute(() -> calendars.calendar().year(value)));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.field(field, "is required, as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(field, "is not a real date in YYYY-MM-DD form: '" + value + "'");
        }
    }

    private static int count(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.field("workingDays", "is required");
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 1 || n > KazakhCalendar.MAX_WORKING_DAYS) {
                throw InvalidInputException.field("workingDays", "must be between 1 and " + KazakhCalendar.MAX_WORKING_DAYS);
            }
            return n;
        } catch (NumberFormatException e) {
            throw InvalidInputException.field("workingDays", "must be a whole number");
        }
    }

    /** The calendar refuses dates it cannot answer for (outside its years); that is the client's input. */
    private static <T> T compute(java.util.function.Supplier<T> computation) {
        try {
            return computation.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage(), java.util.List.of());
        }
    }
}
