package kz.kelisim.notification.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.kit.directory.OperatorDirectory;
import kz.kelisim.notification.Notice;

/**
 * Renders a notice's title and body in Kazakh, Russian or English from the message bundles
 * (LAW.md "Languages"); texts the parties wrote in several languages are picked the same way. An
 * operator or third party is named from the directory when the notice is read, so a profile
 * registered later names it in earlier notices too; a BIN is never shown without a name.
 */
@ApplicationScoped
public class NoticeRenderer {

    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    public static final String DEFAULT_LANGUAGE = "kk";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A rendered notice text. */
    public record Text(String title, String body) {
    }

    private final OperatorDirectory directory;

    public NoticeRenderer(OperatorDirectory directory) {
        this.directory = directory;
    }

    public Text render(Notice notice, JsonNode p, String language) {
        NoticeMessages m = messages(language);
        return switch (notice.kind()) {
            case CONSENT_GRANTED -> new Text(m.consent_granted_title(),
                    m.consent_granted_body(named(p, "operator", language), s(p, "purpose")));
            case CONSENT_EXPIRING -> new Text(m.consent_expiring_title(),
                    m.consent_expiring_body(named(p, "operator", language), s(p, "purpose"), lastDay(p, "until")));
            case CONSENT_EXPIRED -> new Text(m.consent_expired_title(),
                    m.consent_expired_body(named(p, "operator", language), s(p, "purpose")));
            case CONSENT_ENDED -> new Text(m.consent_ended_title(),
                    m.consent_ended_body(named(p, "operator", language), s(p, "purpose")));
            case CONSENT_REVOKED -> new Text(m.consent_revoked_title(),
                    m.consent_revoked_body(named(p, "operator", language), s(p, "purpose"), lastDay(p, "due")));
            case STOP_CONFIRMED -> new Text(m.stop_confirmed_title(),
                    m.stop_confirmed_body(named(p, "party", language), p.path("late").asBoolean()));
            case STOP_REFUSED -> new Text(m.stop_refused_title(),
                    m.stop_refused_body(named(p, "party", language), citation(p, language), inLanguage(p, "reason", language)));
            case DECISION_RECORDED -> new Text(m.decision_recorded_title(),
                    m.decision_recorded_body(named(p, "operator", language), s(p, "activity")));
            case OBJECTION_RECEIVED -> new Text(m.objection_received_title(),
                    m.objection_received_body(named(p, "operator", language), lastDay(p, "due")));
            case OBJECTION_RESOLVED -> new Text(m.objection_resolved_title(),
                    m.objection_resolved_body(named(p, "operator", language), p.path("upheld").asBoolean(),
                            inLanguage(p, "explanation", language)));
            case OBJECTION_APPEALED -> new Text(m.objection_appealed_title(), m.objection_appealed_body(named(p, "operator", language)));
            case APPEAL_DECIDED -> new Text(m.appeal_decided_title(),
                    m.appeal_decided_body(named(p, "operator", language), p.path("upheld").asBoolean(), inLanguage(p, "explanation", language)));
            case DEADLINE_MISSED -> new Text(m.deadline_missed_title(),
                    m.deadline_missed_body(named(p, "party", language), p.path("stop").asBoolean(), lastDay(p, "due")));
            case BREACH -> new Text(m.breach_title(), m.breach_body(named(p, "operator", language), day(p, "detected"),
                    s(p, "categories"), s(p, "measures"), s(p, "contact")));
        };
    }

    /** The organisation whose BIN a notice parameter holds, by its name in the reader's language (OperatorNames). */
    private String named(JsonNode p, String field, String language) {
        return directory.display(s(p, field), language);
    }

    /** The e-mail footer in one language. */
    public String mailFooter(String language) {
        return messages(language).mail_footer();
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

    private static NoticeMessages messages(String language) {
        return MessageBundles.get(NoticeMessages.class, Localized.Literal.of(LANGUAGES.contains(language) ? language : DEFAULT_LANGUAGE));
    }

    private static String s(JsonNode p, String field) {
        JsonNode value = p.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    /** A text given in several languages: the reader's, else Russian, else Kazakh (both are required upstream). */
    private static String inLanguage(JsonNode p, String field, String language) {
        for (String candidate : List.of(language, "ru", "kk", "en")) {
            String text = s(p, field + "_" + candidate);
            if (!text.isBlank()) {
                return text;
            }
        }
        return "";
    }

    /** The legislation a refusal cites, in the reader's language; a notice from before structured acts has one text. */
    private static String citation(JsonNode p, String language) {
        String text = inLanguage(p, "law", language);
        return text.isBlank() ? s(p, "law") : text;
    }

    /** The calendar day a deadline ends on: due at 24:00 of that day, Asia/Almaty (CC-178..180). */
    private static String lastDay(JsonNode p, String field) {
        String value = s(p, field);
        return value.isBlank() ? "" : KazakhTime.dueDateOf(Instant.parse(value)).format(DATE);
    }

    private static String day(JsonNode p, String field) {
        String value = s(p, field);
        return value.isBlank() ? "" : KazakhTime.dateOf(Instant.parse(value)).format(DATE);
    }
}
