package kz.kelisim.calendar;

import java.time.LocalDate;
import java.util.Map;

/**
 * A weekday declared a day off for one year only; it is not moved, as it never falls on a weekend.
 *
 * @param date   the weekday that is off
 * @param code   a stable code of lower-case letters, digits and hyphens
 * @param names  its name in kk, ru and en
 * @param source the act that declared it
 */
public record OneOffHoliday(LocalDate date, String code, Map<String, String> names, String source) {

    public OneOffHoliday {
        if (date == null || code == null || names == null || source == null
                || names.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
            throw new IllegalArgumentException("A one-off holiday needs a date, a code, names and a source");
        }
        names = Languages.ordered(names);
    }
}
