package kz.kelisim.calendar;

/** Terms, in working days, that the law sets for the product's workflows. */
public final class WorkingDays {

    /** Stop processing or give a reasoned refusal after consent is revoked (PDL-8.7). */
    public static final int STOP_PROCESSING = 15;

    /** Consider an objection to automated processing and tell the subject the result (PDL-19-1.3). */
    public static final int OBJECTION_REVIEW = 3;

    /** Notify the authorised body of a personal-data security breach after detecting it (BRN-1). */
    public static final int BREACH_REPORT = 1;

    private WorkingDays() {
    }
}
