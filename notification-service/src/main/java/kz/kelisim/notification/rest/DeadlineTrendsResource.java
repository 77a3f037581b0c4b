package kz.kelisim.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.security.Roles;
import kz.kelisim.notification.service.DeadlineTrends;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Regulators follow operators' legal deadlines over time (PDL-8.7, PDL-19-1.3, BRN-1), across operators.
 */
@Path("/api/v1/regulator/deadlines")
@RolesAllowed(Roles.REGULATOR)
public class DeadlineTrendsResource {

    static final int MAX_DAYS = 366;

    private final DeadlineTrends trends;
    private final Clock clock;

    public DeadlineTrendsResource(DeadlineTrends trends, Clock clock) {
        this.trends = trends;
        this.clock = clock;
    }

    @GET
    @Path("weekly")
    @Operation(summary = "Deadlines due per operator and week (Monday, Asia/Almaty): met, met late, breached, open; "
            + "from/to are Almaty dates (inclusive, default the last 8 weeks, at most 366 days)")
    public List<DeadlineTrends.Week> weekly(@QueryParam("from") String from, @QueryParam("to") String to,
                                            @QueryParam("operator") String operator) {
        LocalDate end = to == null ? KazakhTime.dateOf(clock.instant()) : date("to", to);
        LocalDate start = from == null ? end.minusWeeks(8).plusDays(1) : date("from", from);
        if (start.isAfter(end)) {
            throw InvalidInputException.field("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw InvalidInputException.field("to", "must be at most " + MAX_DAYS + " days after from");
        }
        return trends.weekly(start, end, blankToNull(operator));
    }

    @GET
    @Path("due-soon")
    @Operation(summary = "Unanswered stop obligations, objection reviews and breach reports due within the coming days (1-30, default 3), soonest first")
    public List<DeadlineTrends.DueSoon> dueSoon(@QueryParam("days") @DefaultValue("3") @Min(1) @Max(30) int days,
                                                @QueryParam("operator") String operator) {
        return trends.dueSoon(days, blankToNull(operator));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(field, "must be a date YYYY-MM-DD");
        }
    }
}
