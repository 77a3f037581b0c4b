package kz.kelisim.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The end of a term counted in working days, with the days it skipped and why (CC-178..180, CAL-1).
 *
 * @param received    the Kazakhstan date of the event that starts the term
 * @param workingDays the length of the term in working days
 * @param dueDate     the last working day of the term
 * @param dueAt       24:00 of the due date in Kazakhstan, that is the first instant of the next day
 * @param skipped     every non-working day between the received date and the due date, in date order
 * @param warnings    one line for each year counted without official data; empty when all data was official
 */
public record Deadline(LocalDate received, int workingDays, LocalDate dueDate, Instant dueAt, List<DayOff> skipped,
                       List<String> warnings) {

    public Deadline {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** True when every day counted came from official data, so there are no warnings. */
    public boolean fromOfficialData() {
        return warnings.isEmpty();
    }
}
