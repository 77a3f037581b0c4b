package kz.kelisim.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kelisim.contracts.operator.OperatorProfilePublished;
import kz.kelisim.contracts.operator.ResponsiblePerson;
import kz.kelisim.contracts.operator.Trilingual;
import kz.kelisim.kit.directory.OperatorDirectory;
import kz.kelisim.notification.service.NoticeRenderer;
import kz.kelisim.testkit.FreshIds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperatorNamesInNoticesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    /** A 12-digit number, and the label that must stand right before it: "(BIN ", "(БИН " or "(БСН ". */
    static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");
    static final Map<String, String> LABEL = Map.of("kk", "(БСН ", "ru", "(БИН ", "en", "(BIN ");
    static final Map<String, String> UNREGISTERED = Map.of("kk", "тіркелмеген оператор", "ru", "незарегистрированный оператор",
            "en", "unregistered operator");

    @Inject
    Events events;
    @Inject
    OperatorDirectory directory;
    @Inject
    NoticeRenderer renderer;

    static OperatorProfilePublished profile(String bin, int version, String name) {
        return new OperatorProfilePublished(UUID.randomUUID(), Instant.now(), bin, version,
                new Trilingual(name + " АҚ", "АО " + name, name), new Trilingual("Банк", "Банк", "A bank"),
                "Almaty, Abay avenue 1", new ResponsiblePerson("Aigul Serikova", "dpo@example.kz", null), "https://example.kz/privacy");
    }

    @Test
    @DisplayName("A profile published by consent-service on operator-profiles reaches this service's directory; an older version changes nothing")
    void profile_event_reaches_this_services_directory() {
        String bin = FreshIds.bin();
        events.send(profile(bin, 2, "Kaspi Test"));
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(bin).isPresent());
        assertThat(directory.display(bin, "en")).isEqualTo("Kaspi Test (BIN " + bin + ")");
        assertThat(directory.display(bin, "ru")).isEqualTo("АО Kaspi Test (БИН " + bin + ")");

        events.send(profile(bin, 1, "Old Name"));
        events.send(profile(bin, 3, "Kaspi Renamed"));
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(bin).map(p -> p.version() == 3).orElse(false));
        assertThat(directory.display(bin, "kk")).isEqualTo("Kaspi Renamed АҚ (БСН " + bin + ")");
    }

    @Test
    @DisplayName("Languages, ID-1: every notice kind names a registered and an unregistered operator in kk, ru and en; no BIN appears without a name")
    void every_notice_kind_names_its_operator_and_never_shows_a_bare_bin() {
        String registered = FreshIds.bin();
        String unregistered = FreshIds.bin();
        directory.apply(profile(registered, 1, "Demo Bank"));
        for (NoticeKind kind : NoticeKind.values()) {
            for (String bin : new String[] {registered, unregistered}) {
                Notice notice = new Notice("ref", UUID.randomUUID(), kind, "{}", Instant.now());
                JsonNode params = params(bin);
                for (String language : LABEL.keySet()) {
                    NoticeRenderer.Text text = renderer.render(notice, params, language);
                    String shown = bin.equals(registered)
                            ? Map.of("kk", "Demo Bank АҚ", "ru", "АО Demo Bank", "en", "Demo Bank").get(language)
                            : UNREGISTERED.get(language);
                    assertThat(text.body()).as(kind + " " + language).contains(shown + " " + LABEL.get(language) + bin + ")");
                    assertNoBareBin(text.title() + " " + text.body(), language, kind);
                }
            }
        }
    }

    private static void assertNoBareBin(String text, String language, NoticeKind kind) {
        Matcher m = TWELVE_DIGITS.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - LABEL.get(language).length()), m.start());
            assertThat(before).as(kind + " " + language + ": the number " + m.group() + " in \"" + text + "\"")
                    .isEqualTo(LABEL.get(language));
        }
    }

    private static JsonNode params(String bin) {
        ObjectNode p = JSON.createObjectNode();
        p.put("operator", bin);
        p.put("party", bin);
        p.put("purpose", "loan-scoring");
        p.put("activity", "credit-limit");
        p.put("until", "2027-01-31T19:00:00Z");
        p.put("due", "2027-01-31T19:00:00Z");
        p.put("detected", "2027-01-10T05:00:00Z");
        p.put("late", false);
        p.put("upheld", true);
        p.put("stop", true);
        p.put("law_kk", "Заң");
        p.put("law_ru", "Закон");
        p.put("law_en", "Law");
        p.put("reason_kk", "Себеп.");
        p.put("reason_ru", "Причина.");
        p.put("reason_en", "Reason.");
        p.put("explanation_kk", "Түсініктеме.");
        p.put("explanation_ru", "Пояснение.");
        p.put("explanation_en", "Explanation.");
        p.put("categories", "income");
        p.put("measures", "passwords reset");
        p.put("contact", "dpo@example.kz");
        return p;
    }
}
