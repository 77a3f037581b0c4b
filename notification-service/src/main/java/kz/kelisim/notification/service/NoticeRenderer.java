package kz.kelisim.notification.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kz.kelisim.notification.Notice;

/**
 * Renders a notice's title and body in Kazakh, Russian or English from the message bundles.
 */
@ApplicationScoped
public class NoticeRenderer {

    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    public static final String DEFAULT_LANGUAGE = "kk";

    /** A rendered notice text. */
    public record Text(String title, String body) {
    }

    public Text render(Notice notice, JsonNode params, String language) {
        NoticeMessages messages = MessageBundles.get(NoticeMessages.class, Localized.Literal.of(language));
        return switch (notice.kind()) {
            case CONSENT_GRANTED -> new Text(messages.consent_granted_title(),
                    messages.consent_granted_body(params.path("operator").asText(), params.path("purpose").asText()));
        };
    }

    /** The first supported language of an Accept-Language header, or Kazakh. */
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
}
