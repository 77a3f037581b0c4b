package kz.kelisim.kit.deadline;

import kz.kelisim.calendar.WorkingDays;

/**
 * The legal deadlines the suite tracks, each with its term in working days.
 */
public enum DeadlineKind {
    /** PDL-8.7: stop processing, or refuse with reasons, within 15 working days of a revocation. */
    STOP_PROCESSING(WorkingDays.STOP_PROCESSING),
    /** PDL-19-1.3: consider an objection within 3 working days of its receipt. */
    OBJECTION_REVIEW(WorkingDays.OBJECTION_REVIEW),
    /** BRN-1: report a breach to the authorised body within 1 working day of detecting it. */
    BREACH_REPORT(WorkingDays.BREACH_REPORT);

    private final int workingDays;

    DeadlineKind(int workingDays) {
        this.workingDays = workingDays;
    }

    public int workingDays() {
        return workingDays;
    }
}
