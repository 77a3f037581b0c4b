package kz.kelisim.portal.operator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.kelisim.portal.clients.BreachApi;

/**
 * The breach report form as staff filled it in, checked before it is sent: what BRN-1 asks for (when
 * the breach was detected, what data it touched, the measures taken) is required, and the contact of
 * the person responsible for processing is optional. Each problem is a message key per field.
 */
public record BreachForm(String idempotencyKey, String detectedAt, String description, String dataCategories,
                         String measures, String contactName, String contactPhone, String contactEmail) {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** An empty form for a fresh report, with its own idempotency key so a double submit files one report. */
    public static BreachForm empty(String idempotencyKey) {
        return new BreachForm(idempotencyKey, "", "", "", "", "", "", "");
    }

    public BreachForm withKey(String key) {
        return new BreachForm(key, detectedAt, description, dataCategories, measures, contactName, contactPhone, contactEmail);
    }

    /** Field name to message key, in the order the fields appear; empty when the form is fine. */
    public Map<String, String> problems(Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        Instant detected = detected();
        if (blank(detectedAt)) {
            problems.put("detectedAt", "breach_error_detected_required");
        } else if (detected == null) {
            problems.put("detectedAt", "breach_error_detected_format");
        } else if (detected.isAfter(now)) {
            problems.put("detectedAt", "breach_error_detected_future");
        }
        if (blank(description)) {
            problems.put("description", "breach_error_description");
        } else if (description.length() > 10_000) {
            problems.put("description", "breach_error_too_long");
        }
        List<String> categories = categories();
        if (categories.isEmpty()) {
            problems.put("dataCategories", "breach_error_categories");
        } else if (categories.size() > 50 || categories.stream().anyMatch(c -> c.length() > 200)) {
            problems.put("dataCategories", "breach_error_categories_size");
        }
        if (blank(measures)) {
            problems.put("measures", "breach_error_measures");
        } else if (measures.length() > 10_000) {
            problems.put("measures", "breach_error_too_long");
        }
        if (!blank(contactName) && contactName.length() > 300) {
            problems.put("contactName", "breach_error_too_long");
        }
        if (!blank(contactPhone) && contactPhone.length() > 50) {
            problems.put("contactPhone", "breach_error_too_long");
        }
        if (!blank(contactEmail) && (contactEmail.length() > 254 || !EMAIL.matcher(contactEmail.trim()).matches())) {
            problems.put("contactEmail", "breach_error_email");
        }
        return problems;
    }

    /** The report as the service reads it; call only when {@link #problems} is empty. */
    public BreachApi.Report toReport() {
        BreachApi.Responsible responsible = blank(contactName) && blank(contactPhone) && blank(contactEmail) ? null
                : new BreachApi.Responsible(trimmed(contactName), trimmed(contactPhone), trimmed(contactEmail));
        return new BreachApi.Report(detected(), description.trim(), categories(), measures.trim(), responsible);
    }

    /** The moment as staff entered it on a datetime-local field: a wall-clock time in Almaty. */
    Instant detected() {
        if (blank(detectedAt)) {
            return null;
        }
        try {
            return LocalDateTime.parse(detectedAt.trim()).atZone(ALMATY).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** One category per line or comma. */
    List<String> categories() {
        if (blank(dataCategories)) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        Arrays.stream(dataCategories.split("[,\\n]")).map(String::trim).filter(s -> !s.isEmpty()).forEach(list::add);
        return list;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }
}
