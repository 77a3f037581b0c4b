package kz.kelisim.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and writes {@link YearData} as {@code .properties} text, with JDK parsing only.
 *
 * <pre>
 * year = 2025
 * version = 1
 * kurban-ait = 2025-06-06
 * kurban-ait.source = ...
 * transfer.1.working-day = 2025-01-05
 * transfer.1.day-off = 2025-01-03
 * transfer.1.source = ...
 * one-off.1.date = ...
 * one-off.1.code = ...
 * one-off.1.name.kk = ...   (and name.ru, name.en)
 * one-off.1.source = ...
 * source.1 = ...
 * </pre>
 *
 * Unknown or repeated keys are refused, so a typo cannot silently drop a fact.
 *
 * <p>A transfer's two dates are full dates, so a transfer across New Year needs no other key: in the data for 2026,
 * {@code transfer.1.working-day = 2026-12-26} with {@code transfer.1.day-off = 2027-01-08} is a Saturday of 2026
 * worked for a Friday of 2027 off. One of the dates must be in the file's year; the other may be in December of the
 * year before or January of the year after ({@link YearData#firstDateAffected}, {@link YearData#lastDateAffected}).
 */
final class YearDataFormat {

    private static final Pattern INDEXED = Pattern.compile("(transfer|one-off|source)\\.([1-9][0-9]{0,3})(?:\\.(.+))?");
    private static final Set<String> TRANSFER_KEYS = Set.of("working-day", "day-off", "source");
    private static final Set<String> ONE_OFF_KEYS = Set.of("date", "code", "name.kk", "name.ru", "name.en", "source");

    private YearDataFormat() {
    }

    static YearData parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Year data text is missing");
        }
        Map<String, String> plain = new HashMap<>();
        Map<String, TreeMap<Integer, Map<String, String>>> indexed = new HashMap<>();
        for (Map.Entry<String, String> entry : load(text).entrySet()) {
            String key = entry.getKey();
            Matcher m = INDEXED.matcher(key);
            if (m.matches()) {
                String field = m.group(3) == null ? "" : m.group(3);
                checkField(key, m.group(1), field);
                indexed.computeIfAbsent(m.group(1), k -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(m.group(2)), k -> new HashMap<>())
                        .put(field, entry.getValue());
            } else if (Set.of("year", "version", "kurban-ait", "kurban-ait.source").contains(key)) {
                plain.put(key, entry.getValue());
            } else {
                throw new IllegalArgumentException("Unknown key '" + key + "' in year data");
            }
        }
        int year = integer(plain, "year");
        List<Transfer> transfers = new ArrayList<>();
        indexed.getOrDefault("transfer", new TreeMap<>()).forEach((i, f) -> transfers.add(new Transfer(
                date(f, "working-day", "transfer." + i), date(f, "day-off", "transfer." + i),
                required(f, "source", "transfer." + i))));
        List<OneOffHoliday> oneOffs = new ArrayList<>();
        indexed.getOrDefault("one-off", new TreeMap<>()).forEach((i, f) -> oneOffs.add(new OneOffHoliday(
                date(f, "date", "one-off." + i), required(f, "code", "one-off." + i),
                Languages.names(required(f, "name.kk", "one-off." + i), required(f, "name.ru", "one-off." + i),
                        required(f, "name.en", "one-off." + i)),
                required(f, "source", "one-off." + i))));
        List<String> sources = new ArrayList<>(
                indexed.getOrDefault("source", new TreeMap<>()).values().stream().map(f -> f.get("")).toList());
        List<LocalDate> kurbanAit = new ArrayList<>();
        for (String value : required(plain, "kurban-ait", "").split(",")) {
            kurbanAit.add(date(value, "kurban-ait"));
        }
        return new YearData(year, integer(plain, "version"), kurbanAit, required(plain, "kurban-ait.source", ""),
                transfers, oneOffs, sources);
    }

    static String format(YearData data) {
        StringBuilder out = new StringBuilder();
        out.append("# Kazakhstan working-day calendar data for ").append(data.year()).append(" (CAL-1)\n");
        line(out, "year", String.valueOf(data.year()));
        line(out, "version", String.valueOf(data.version()));
        line(out, "kurban-ait", data.kurbanAit().stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
        line(out, "kurban-ait.source", data.kurbanAitSource());
        for (int i = 0; i < data.transfers().size(); i++) {
            Transfer t = data.transfers().get(i);
            String prefix = "transfer." + (i + 1) + ".";
            line(out, prefix + "working-day", t.workingDay().toString());
            line(out, prefix + "day-off", t.dayOff().toString());
            line(out, prefix + "source", t.source());
        }
        for (int i = 0; i < data.oneOffHolidays().size(); i++) {
            OneOffHoliday h = data.oneOffHolidays().get(i);
            String prefix = "one-off." + (i + 1) + ".";
            line(out, prefix + "date", h.date().toString());
            line(out, prefix + "code", h.code());
            for (String language : Languages.ALL) {
                line(out, prefix + "name." + language, h.names().get(language));
            }
            line(out, prefix + "source", h.source());
        }
        for (int i = 0; i < data.sources().size(); i++) {
            line(out, "source." + (i + 1), data.sources().get(i));
        }
        return out.toString();
    }

    private static Map<String, String> load(String text) {
        Map<String, String> result = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        // Properties.load hands every entry to put(), which lets a repeated key be refused rather than overwritten.
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (result.putIfAbsent((String) key, (String) value) != null) {
                    repeated.add((String) key);
                }
                return null;
            }
        };
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Year data is not readable as properties text: " + e.getMessage(), e);
        }
        if (!repeated.isEmpty()) {
            throw new IllegalArgumentException("Key '" + repeated.get(0) + "' appears more than once in year data");
        }
        return result;
    }

    private static void checkField(String key, String group, String field) {
        boolean known = switch (group) {
            case "transfer" -> TRANSFER_KEYS.contains(field);
            case "one-off" -> ONE_OFF_KEYS.contains(field);
            default -> field.isEmpty();
        };
        if (!known) {
            throw new IllegalArgumentException("Unknown key '" + key + "' in year data");
        }
    }

    private static String required(Map<String, String> fields, String field, String prefix) {
        String key = prefix.isEmpty() ? field : prefix + "." + field;
        String value = fields.get(field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing key '" + key + "' in year data");
        }
        return value;
    }

    private static int integer(Map<String, String> fields, String key) {
        String value = required(fields, key, "");
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Key '" + key + "': '" + value + "' is not a whole number", e);
        }
    }

    private static LocalDate date(Map<String, String> fields, String field, String prefix) {
        return date(required(fields, field, prefix), prefix + "." + field);
    }

    private static LocalDate date(String value, String key) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Key '" + key + "': '" + value + "' is not a date (yyyy-MM-dd)", e);
        }
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(" = ").append(escape(value)).append('\n');
    }

    /** Escapes a value so that {@link Properties#load} reads it back unchanged. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        if (value.startsWith(" ")) {
            // Properties.load drops leading blanks of a value unless the first is escaped.
            out.append('\\');
        }
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
