package kz.kelisim.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A non-working holiday of Kazakhstan with its stable code and its names in kk, ru and en (CAL-1). */
public enum Holiday {
    NEW_YEAR("new-year", false,
            "Жаңа жыл", "Новый год", "New Year",
            MonthDay.of(1, 1), MonthDay.of(1, 2)),
    ORTHODOX_CHRISTMAS("orthodox-christmas", true,
            "Православиелік Рождество", "Православное Рождество", "Orthodox Christmas",
            MonthDay.of(1, 7)),
    INTERNATIONAL_WOMENS_DAY("international-womens-day", false,
            "Халықаралық әйелдер күні", "Международный женский день", "International Women's Day",
            MonthDay.of(3, 8)),
    NAURYZ("nauryz", false,
            "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz Meyramy",
            MonthDay.of(3, 21), MonthDay.of(3, 22), MonthDay.of(3, 23)),
    UNITY_DAY("unity-day", false,
            "Қазақстан халқының бірлігі мерекесі", "Праздник единства народа Казахстана",
            "Kazakhstan People's Unity Day",
            MonthDay.of(5, 1)),
    DEFENDER_OF_THE_FATHERLAND_DAY("defender-of-the-fatherland-day", false,
            "Отан қорғаушы күні", "День защитника Отечества", "Defender of the Fatherland Day",
            MonthDay.of(5, 7)),
    VICTORY_DAY("victory-day", false,
            "Жеңіс күні", "День Победы", "Victory Day",
            MonthDay.of(5, 9)),
    CAPITAL_DAY("capital-day", false,
            "Елорда күні", "День Столицы", "Capital Day",
            MonthDay.of(7, 6)),
    CONSTITUTION_DAY("constitution-day", false,
            "Қазақстан Республикасының Конституциясы күні", "День Конституции Республики Казахстан",
            "Constitution Day",
            MonthDay.of(8, 30)),
    REPUBLIC_DAY("republic-day", false,
            "Республика күні", "День Республики", "Republic Day",
            MonthDay.of(10, 25)),
    INDEPENDENCE_DAY("independence-day", false,
            "Тәуелсіздік күні", "День Независимости", "Independence Day",
            MonthDay.of(12, 16)),
    /** Lunar: its date differs each year and comes from {@link YearData}. */
    KURBAN_AIT("kurban-ait", true,
            "Құрбан айттың бірінші күні", "Первый день Курбан айта", "Kurban Ait (first day)");

    private final String code;
    private final boolean religious;
    private final Map<String, String> names;
    private final List<MonthDay> days;

    Holiday(String code, boolean religious, String kk, String ru, String en, MonthDay... days) {
        this.code = code;
        this.religious = religious;
        this.names = Languages.names(kk, ru, en);
        this.days = List.of(days);
    }

    /** The stable code services and data files use, e.g. {@code nauryz}. */
    public String code() {
        return code;
    }

    /** Religious holidays are days off but never give a substitute day (CAL-1). */
    public boolean religious() {
        return religious;
    }

    /** The holiday's name keyed by language: {@code kk}, {@code ru} and {@code en}. */
    public Map<String, String> names() {
        return names;
    }

    /** The English name. */
    public String englishName() {
        return names.get(Languages.ENGLISH);
    }

    /** The fixed days of the holiday; empty for the lunar Kurban Ait. */
    public List<MonthDay> days() {
        return days;
    }

    /** The holiday with the given code, if any. */
    public static Optional<Holiday> byCode(String code) {
        return Arrays.stream(values()).filter(h -> h.code.equals(code)).findFirst();
    }

    /** The fixed-date holiday on the given date, if any (Kurban Ait is not fixed). */
    public static Optional<Holiday> fixedOn(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return Arrays.stream(values()).filter(h -> h.days.contains(day)).findFirst();
    }

    /** Every fixed-date holiday of a year, in date order. */
    static Map<LocalDate, Holiday> fixedIn(int year) {
        Map<LocalDate, Holiday> result = new LinkedHashMap<>();
        for (Holiday holiday : values()) {
            for (MonthDay day : holiday.days) {
                result.put(day.atYear(year), holiday);
            }
        }
        return result;
    }
}
