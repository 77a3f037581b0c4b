package kz.kelisim.calendar;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The languages every name a subject may read is given in: Kazakh, Russian and English. */
public final class Languages {

    public static final String KAZAKH = "kk";
    public static final String RUSSIAN = "ru";
    public static final String ENGLISH = "en";

    /** All three, in the order they are shown. */
    public static final List<String> ALL = List.of(KAZAKH, RUSSIAN, ENGLISH);

    private Languages() {
    }

    /** An unmodifiable copy that lists kk, ru and en first, so names always come out in the same order. */
    static Map<String, String> ordered(Map<String, String> names) {
        Map<String, String> result = new LinkedHashMap<>();
        ALL.stream().filter(names::containsKey).forEach(language -> result.put(language, names.get(language)));
        result.putAll(names);
        return Collections.unmodifiableMap(result);
    }

    static Map<String, String> names(String kk, String ru, String en) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(KAZAKH, kk);
        names.put(RUSSIAN, ru);
        names.put(ENGLISH, en);
        return Collections.unmodifiableMap(names);
    }
}
