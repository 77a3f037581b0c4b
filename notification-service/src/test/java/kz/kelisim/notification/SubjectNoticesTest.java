package kz.kelisim.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.Topics;
import kz.kelisim.contracts.consent.ConsentEnded;
import kz.kelisim.contracts.consent.ConsentGranted;
import kz.kelisim.contracts.consent.ConsentRevoked;
import kz.kelisim.contracts.consent.StopConfirmed;
import kz.kelisim.contracts.consent.StopRefused;
import kz.kelisim.contracts.deadline.DeadlineBreached;
import kz.kelisim.contracts.legal.LegalAct;
import kz.kelisim.contracts.legal.LegalActKind;
import kz.kelisim.contracts.objection.AppealDecided;
import kz.kelisim.contracts.objection.DecisionRecorded;
import kz.kelisim.contracts.objection.ObjectionAppealed;
import kz.kelisim.contracts.objection.ObjectionReceived;
import kz.kelisim.contracts.objection.ObjectionResolved;
import kz.kelisim.testkit.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubjectNoticesTest {

    static final String SUBJECT = "880301501237";

    @Inject
    Events events;
    @Inject
    SubjectPseudonym pseudonym;
    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "subject", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = SUBJECT))
    @DisplayName("Languages, PDL-8.5..8.7, PDL-19-1.2, PDL-19-1.3: every event that matters to the subject becomes a notice in Kazakh, Russian and English")
    void every_subject_event_becomes_a_notice_in_three_languages() {
        String operator = bin();
        List<DomainEvent> all = lifecycle(operator);
        all.forEach(events::send);
        List<String> expected = List.of("CONSENT_GRANTED", "CONSENT_EXPIRING", "CONSENT_EXPIRED", "CONSENT_ENDED",
                "CONSENT_REVOKED", "STOP_CONFIRMED", "STOP_REFUSED", "DECISION_RECORDED", "OBJECTION_RECEIVED",
                "OBJECTION_RESOLVED", "OBJECTION_APPEALED", "APPEAL_DECIDED", "DEADLINE_MISSED");
        await().atMost(Duration.ofSeconds(40)).until(() -> kinds("en", operator).containsAll(expected));

        List<Map<String, Object>> kk = notices("kk", operator);
        List<Map<String, Object>> ru = notices("ru", operator);
        List<Map<String, Object>> en = notices("en", operator);
        assertThat(kk).hasSize(expected.size());
        for (int i = 0; i < kk.size(); i++) {
            for (List<Map<String, Object>> lang : List.of(kk, ru, en)) {
                assertThat((String) lang.get(i).get("title")).isNotBlank().doesNotContain("{");
                assertThat((String) lang.get(i).get("body")).isNotBlank().doesNotContain("{").doesNotContain("}");
            }
            assertThat(kk.get(i).get("title")).isNotEqualTo(ru.get(i).get("title")).isNotEqualTo(en.get(i).get("title"));
        }
        assertThat(title(kk, "CONSENT_REVOKED")).isEqualTo("Келісім кері қайтарылды");
        assertThat(title(ru, "CONSENT_REVOKED")).isEqualTo("Согласие отозвано");
        assertThat(title(en, "CONSENT_REVOKED")).isEqualTo("Consent revoked");
        // PDL-8.7: the due day is 24:00 Asia/Almaty of the fifteenth working day, shown as that day.
        assertThat(body(en, "CONSENT_REVOKED")).contains("by 24:00 on 11.12.2026");
        // A refusal's reasons, and the legislation it cites, are shown in the reader's language (LAW.md "Languages").
        assertThat(body(kk, "STOP_REFUSED")).contains("Салық кодексі талап етеді.")
                .contains("Қазақстан Республикасының 2017 жылғы 25 желтоқсандағы № 120-VI Кодексі, 48-бап");
        assertThat(body(ru, "STOP_REFUSED")).contains("Требует Налоговый кодекс.")
                .contains("Кодекс Республики Казахстан от 25 декабря 2017 года № 120-VI, статья 48");
        assertThat(body(en, "STOP_REFUSED")).contains("The Tax Code requires it.")
                .contains("Code of the Republic of Kazakhstan No. 120-VI of 25 December 2017, Article 48");
        assertThat(body(en, "OBJECTION_RESOLVED")).contains("upheld").contains("A person reviewed the decision.");
        assertThat(body(ru, "DEADLINE_MISSED")).contains("прекратить обработку");
    }

    @Test
    @TestSecurity(user = "subject", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = SUBJECT))
    @DisplayName("Replaying every consumed event changes nothing: no second notice, fact, regulator record or webhook")
    void replaying_every_event_changes_nothing() {
        String operator = bin();
        List<DomainEvent> all = lifecycle(operator);
        List<String> payloads = all.stream().map(events::json).toList();
        for (int i = 0; i < all.size(); i++) {
            events.send(all.get(i).topic(), all.get(i).subjectRef(), payloads.get(i));
        }
        await().atMost(Duration.ofSeconds(40)).until(() -> kinds("en", operator).size() == 13);
        Map<String, Long> before = counts(operator);

        for (int i = 0; i < all.size(); i++) {
            events.send(all.get(i).topic(), all.get(i).subjectRef(), payloads.get(i));
        }
        // Same keys, same partitions: once these markers are applied, every replayed copy before them was consumed.
        String marker = bin();
        events.send(granted(marker, "marker", null));
        events.send(new ObjectionAppealed(UUID.randomUUID(), now(), ref(), UUID.randomUUID(), UUID.randomUUID(), marker, now()));
        await().atMost(Duration.ofSeconds(40)).until(() -> kinds("en", marker).size() == 2);
        assertThat(counts(operator)).isEqualTo(before);
        assertThat(before.get("notices")).isEqualTo(13);
        assertThat(before.get("sla")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "subject", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = SUBJECT))
    @DisplayName("An unknown event type is recorded as processed and otherwise ignored")
    void unknown_types_are_recorded_and_ignored() {
        UUID id = UUID.randomUUID();
        String unknown = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"urn:kelisim:future\","
                + "\"type\":\"kz.kelisim.consent.something-new.v7\",\"subject\":\"" + ref() + "\",\"time\":\"" + now()
                + "\",\"data\":{\"operatorId\":\"050140001238\"}}";
        events.send(Topics.CONSENT_EVENTS, ref(), unknown);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = ?1")
                        .setParameter(1, id).getSingleResult()).longValue() == 1));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM notice WHERE event_id = ?1").setParameter(1, id).getSingleResult()).longValue())).isZero();
    }

    @Test
    @TestSecurity(user = "subject", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = SUBJECT))
    @DisplayName("A poison message on objection-events goes to its dead-letter topic and the consumer carries on")
    void poison_on_objection_events_goes_to_dead_letter_topic() {
        try (TopicReader dlq = new TopicReader("objection-events.notification-service.dlq")) {
            String poison = "not json at all " + UUID.randomUUID();
            events.send(Topics.OBJECTION_EVENTS, ref(), poison);
            String operator = bin();
            events.send(new ObjectionAppealed(UUID.randomUUID(), now(), ref(), UUID.randomUUID(), UUID.randomUUID(), operator, now()));
            dlq.await(r -> r.value().equals(poison), Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(30)).until(() -> kinds("en", operator).contains("OBJECTION_APPEALED"));
        }
    }

    @Test
    @TestSecurity(user = "subject", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = SUBJECT))
    @DisplayName("The subject marks notices read, one or all, and can list only the unread ones")
    void read_and_unread() {
        String operator = bin();
        events.send(granted(operator, "read-1", null));
        events.send(granted(operator, "read-2", null));
        await().atMost(Duration.ofSeconds(30)).until(() -> kinds("en", operator).size() == 2);
        String first = (String) notices("en", operator).get(0).get("id");
        given().post("/api/v1/me/notifications/" + first + "/read").then().statusCode(200)
                .body("read", equalTo(true));
        List<String> unread = given().queryParam("unread", true).queryParam("limit", 500).get("/api/v1/me/notifications")
                .then().statusCode(200).extract().path("id");
        assertThat(unread).doesNotContain(first);
        given().post("/api/v1/me/notifications/read-all").then().statusCode(200);
        given().get("/api/v1/me/notifications/unread-count").then().statusCode(200)
                .body("unread", equalTo(0));
    }

    /** One subject's whole journey with one operator, in the order the services publish it. */
    private List<DomainEvent> lifecycle(String operator) {
        String ref = ref();
        UUID consent = UUID.randomUUID();
        UUID obligation = UUID.randomUUID();
        UUID thirdPartyObligation = UUID.randomUUID();
        UUID objection = UUID.randomUUID();
        UUID appeal = UUID.randomUUID();
        String thirdParty = bin();
        // PDL-8.7: received Friday 20 November 2026, the fifteenth working day after it is Friday 11 December;
        // due 24:00 Asia/Almaty that day, which is 19:00 UTC.
        Instant received = Instant.parse("2026-11-20T06:00:00Z");
        Instant due = Instant.parse("2026-12-11T19:00:00Z");
        List<DomainEvent> list = new ArrayList<>();
        list.add(granted(operator, "loan-scoring", now().plus(2, ChronoUnit.DAYS)));
        list.add(new ConsentEnded(UUID.randomUUID(), now(), ref, UUID.randomUUID(), operator, "old-offer", ConsentEnded.Reason.EXPIRED));
        list.add(new ConsentEnded(UUID.randomUUID(), now(), ref, UUID.randomUUID(), operator, "delivery", ConsentEnded.Reason.PURPOSE_ACHIEVED));
        list.add(new ConsentRevoked(UUID.randomUUID(), received, ref, consent, operator, "marketing", received, false,
                List.of(new ConsentRevoked.Obligation(obligation, operator, false, due),
                        new ConsentRevoked.Obligation(thirdPartyObligation, thirdParty, true, due))));
        list.add(new StopConfirmed(UUID.randomUUID(), now(), ref, obligation, consent, operator, now(), due, "MET"));
        list.add(new StopRefused(UUID.randomUUID(), now(), ref, thirdPartyObligation, consent, operator,
                "Code of the Republic of Kazakhstan No. 120-VI of 25 December 2017, Article 48",
                new LegalAct(LegalActKind.CODE, "120-VI", LocalDate.of(2017, 12, 25), "48"),
                "Салық кодексі талап етеді.", "Требует Налоговый кодекс.", "The Tax Code requires it.", due, "MET"));
        list.add(new DecisionRecorded(UUID.randomUUID(), now(), ref, UUID.randomUUID(), operator, UUID.randomUUID(),
                "credit-limit", true, "CONSENT", consent, now()));
        list.add(new ObjectionReceived(UUID.randomUUID(), now(), ref, objection, operator, UUID.randomUUID(), null,
                "HUMAN_REVIEW", received, Instant.parse("2026-11-25T19:00:00Z")));
        list.add(new ObjectionResolved(UUID.randomUUID(), now(), ref, objection, operator, "UPHELD",
                "Шешімді адам қарады.", "Решение проверил человек.", "A person reviewed the decision.", now(), "MET"));
        list.add(new ObjectionAppealed(UUID.randomUUID(), now(), ref, appeal, objection, operator, now()));
        list.add(new AppealDecided(UUID.randomUUID(), now(), ref, appeal, objection, operator, "DISMISSED",
                "Шағым негізсіз.", "Жалоба необоснованна.", null, now()));
        list.add(new DeadlineBreached(UUID.randomUUID(), now(), ref, UUID.randomUUID(), "STOP_PROCESSING", operator,
                UUID.randomUUID(), Instant.parse("2026-11-01T19:00:00Z"), Topics.CONSENT_EVENTS));
        return list;
    }

    private ConsentGranted granted(String operator, String purpose, Instant validUntil) {
        return new ConsentGranted(UUID.randomUUID(), now(), ref(), UUID.randomUUID(), operator, purpose, validUntil, false);
    }

    private Map<String, Long> counts(String operator) {
        return QuarkusTransaction.requiringNew().call(() -> Map.of(
                "notices", count("SELECT count(*) FROM notice WHERE params LIKE ?1", "%" + operator + "%"),
                "facts", count("SELECT count(*) FROM deadline_fact WHERE party_id = ?1", operator),
                "sla", count("SELECT count(*) FROM sla_breach WHERE operator_id = ?1", operator),
                "outbox", count("SELECT count(*) FROM outbox_event WHERE payload LIKE ?1", "%" + operator + "%"),
                "webhooks", count("SELECT count(*) FROM webhook_delivery WHERE payload LIKE ?1", "%" + operator + "%")));
    }

    private long count(String sql, String param) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue();
    }

    private List<Map<String, Object>> notices(String language, String operator) {
        List<Map<String, Object>> all = given().header("Accept-Language", language).queryParam("limit", 500)
                .get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath().getList("$");
        List<Map<String, Object>> mine = new ArrayList<>(all.stream().filter(n -> ((String) n.get("body")).contains(operator)).toList());
        mine.sort(Comparator.comparing(n -> (String) n.get("kind")));
        return mine;
    }

    private List<String> kinds(String language, String operator) {
        return notices(language, operator).stream().map(n -> (String) n.get("kind")).toList();
    }

    private static String title(List<Map<String, Object>> notices, String kind) {
        return (String) notices.stream().filter(n -> kind.equals(n.get("kind"))).findFirst().orElseThrow().get("title");
    }

    private static String body(List<Map<String, Object>> notices, String kind) {
        return (String) notices.stream().filter(n -> kind.equals(n.get("kind"))).findFirst().orElseThrow().get("body");
    }

    private String ref() {
        return pseudonym.of(SUBJECT);
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A fresh valid operator BIN (ID-1). */
    static String bin() {
        return Iins.randomBin();
    }
}
