package kz.kelisim.calendar;

/** Why a day is not a working day. */
public enum DayOffKind {
    /** An ordinary Saturday or Sunday. */
    WEEKEND,
    /** A state or national holiday (CAL-1). */
    HOLIDAY,
    /** A religious holiday: 7 January or the first day of Kurban Ait; never moved (CAL-1). */
    RELIGIOUS_HOLIDAY,
    /** The working day given off because a state or national holiday fell on a weekend (CAL-1). */
    SUBSTITUTE_DAY_OFF,
    /** A weekday made a day off by a government transfer (CAL-1). */
    TRANSFERRED_DAY_OFF,
    /** A day off declared for one year only. */
    ONE_OFF_HOLIDAY
}
