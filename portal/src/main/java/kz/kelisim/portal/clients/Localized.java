package kz.kelisim.portal.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A text a service keeps in Kazakh, Russian and English.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Localized(String kk, String ru, String en) {

    /** The text in the given language, falling back to Kazakh, then Russian. */
    public String in(String lang) {
        String text = switch (lang) {
            case "ru" -> ru;
            case "en" -> en;
            default -> kk;
        };
        return text != null && !text.isBlank() ? text : kk != null && !kk.isBlank() ? kk : ru;
    }
}
