package kz.kelisim.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Why a day is off: its kind, a stable code, an English description and names in kk, ru and en.
 *
 * <p>The code is the holiday's code for holidays and substitute days, the one-off holiday's code,
 * {@code weekend} or {@code transfer}. The names are the holiday's (for a substitute day, the holiday it
 * stands in for), or a label for a weekend or a transfer. {@code relatedDate} is the holiday a substitute
 * day stands in for, or the weekend day worked in exchange for a transferred day off; otherwise null.
 */
public record DayOffReason(DayOffKind kind, String code, String description, Map<String, String> names,
                           LocalDate relatedDate) {

    private static final Map<String, String> WEEKEND_NAMES =
            Languages.names("Демалыс күні", "Выходной день", "Weekend");
    private static final Map<String, String> TRANSFER_NAMES =
            Languages.names("Ауыстырылған демалыс күні", "Перенесённый день отдыха", "Transferred day off");

    public DayOffReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        names = Languages.ordered(names);
    }

    static DayOffReason weekend(LocalDate date) {
        return new DayOffReason(DayOffKind.WEEKEND, "weekend", "Weekend (" + dayName(date) + ")",
                WEEKEND_NAMES, null);
    }

    static DayOffReason holiday(Holiday holiday) {
        return holiday.religious()
                ? new DayOffReason(DayOffKind.RELIGIOUS_HOLIDAY, holiday.code(),
                        holiday.englishName() + " (religious holiday, never moved)", holiday.names(), null)
                : new DayOffReason(DayOffKind.HOLIDAY, holiday.code(),
                        holiday.englishName() + " (public holiday)", holiday.names(), null);
    }

    static DayOffReason substitute(Holiday holiday, LocalDate holidayDate) {
        return new DayOffReason(DayOffKind.SUBSTITUTE_DAY_OFF, holiday.code(),
                "Day off in place of " + holiday.englishName() + " on " + dayName(holidayDate) + " " + holidayDate,
                holiday.names(), holidayDate);
    }

    static DayOffReason transfer(Transfer transfer) {
        return new DayOffReason(DayOffKind.TRANSFERRED_DAY_OFF, "transfer",
                "Day off transferred from " + dayName(transfer.workingDay()) + " " + transfer.workingDay()
                        + " by a government act",
                TRANSFER_NAMES, transfer.workingDay());
    }

    static DayOffReason oneOff(OneOffHoliday holiday) {
        return new DayOffReason(DayOffKind.ONE_OFF_HOLIDAY, holiday.code(),
                holiday.names().get(Languages.ENGLISH) + " (one-off day off)",
                holiday.names(), null);
    }

    private static String dayName(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
