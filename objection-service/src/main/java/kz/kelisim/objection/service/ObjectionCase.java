package kz.kelisim.objection.service;

import kz.kelisim.kit.deadline.DeadlineState;
import kz.kelisim.objection.Appeal;
import kz.kelisim.objection.Objection;

/**
 * An objection with the state of its review deadline (PDL-19-1.3), the working days left to answer
 * it, and its appeal if any.
 *
 * @param workingDaysLeft working days left of the 3-day term, as {@code KazakhCalendar.workingDaysLeft} counts them; 0 once overdue
 */
public record ObjectionCase(Objection objection, DeadlineState reviewState, int workingDaysLeft, Appeal appeal) {
}
