package kz.kelisim.objection;

import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;

/**
 * A text a subject reads, in Kazakh, Russian and English (LAW.md "Languages"); Kazakh and Russian
 * are required before anything is shown to subjects, English is a courtesy.
 */
@Embeddable
public record LocalizedText(String kk, String ru, String en) {

    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    public static final String DEFAULT_LANGUAGE = "kk";

    /** The text in one language; English falls back to Russian, so a subject always reads something. */
    public String in(String language) {
        return switch (language) {
            case "ru" -> ru;
            case "en" -> present(en) ? en : ru;
            default -> kk;
        };
    }

    /** The dotted field names of the required languages that are missing, under {@code field}. */
    public static List<String> missingRequired(String field, LocalizedText text) {
        List<String> missing = new ArrayList<>();
        if (text == null || !present(text.kk)) {
            missing.add(field + ".kk");
        }
        if (text == null || !present(text.ru)) {
            missing.add(field + ".ru");
        }
        return missing;
    }

    /** The first supported language of an Accept-Language header, or Kazakh, the state language. */
    public static String pick(String acceptLanguage) {
        if (acceptLanguage != null) {
            for (String part : acceptLanguage.split(",")) {
                String tag = part.split(";")[0].trim().toLowerCase();
                String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                if (LANGUAGES.contains(primary)) {
                    return primary;
                }
            }
        }
        return DEFAULT_LANGUAGE;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
