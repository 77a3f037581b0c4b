package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static kz.kelisim.consent.Given.TELECOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.contracts.Topics;
import kz.kelisim.kit.deadline.DeadlineScanner;
import kz.kelisim.testkit.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "demo-telecom", roles = "operator")
@OidcSecurity(claims = @Claim(key = "operator_id", value = TELECOM))
class ObligationApiTest {

    static final String REFUSAL = """
            {"legalAct":{"kind":"LAW","number":"567-II","date":"2004-07-05","article":"15.2"},
             "reasons":{"kk":"Байланыс туралы заң бойынша деректер сақталады",
             "ru":"Данные хранятся по закону о связи","en":"The law on communications requires keeping the data"}}""";

    @Inject
    Given given;
    @Inject
    DeadlineScanner scanner;
    @Inject
    EntityManager em;

    record Parties(UUID consentId, UUID bank, UUID telecom) {
    }

    private Parties revoked() {
        Consent consent = given.sharedConsent(Given.uniqueCode("obl"));
        var revocation = given.revoke(consent.id(), AIGERIM);
        UUID bank = revocation.obligations().stream().filter(o -> !o.thirdParty()).findFirst().orElseThrow().id();
        UUID telecom = revocation.obligations().stream().filter(StopObligation::thirdParty).findFirst().orElseThrow().id();
        return new Parties(consent.id(), bank, telecom);
    }

    @Test
    @DisplayName("PDL-8.7: a third party sees only its own obligation and confirms the stop in time (MET), announced by StopConfirmed")
    void third_party_confirms_its_stop() {
        Parties p = revoked();
        given().get("/api/v1/obligations?status=OPEN").then().statusCode(200)
                .body("id", hasItem(p.telecom().toString())).body("id", not(hasItem(p.bank().toString())))
                .body("partyId", everyItem(equalTo(TELECOM)));
        try (TopicReader topic = new TopicReader(Topics.CONSENT_EVENTS)) {
            given().contentType(ContentType.JSON)
                    .body("{\"stoppedAt\":\"" + Instant.now().minusSeconds(5) + "\",\"evidence\":\"Profile deleted, ticket 7\"}")
                    .post("/api/v1/obligations/" + p.telecom() + "/stopped").then().statusCode(200)
                    .body("status", equalTo("STOPPED")).body("deadlineState", equalTo("MET"));
            var record = topic.await(r -> r.value().contains(p.telecom().toString())
                    && r.value().contains("kz.kelisim.consent.stop-confirmed.v1"), Duration.ofSeconds(30));
            assertThat(record.value()).contains("\"outcome\":\"MET\"").doesNotContain(AIGERIM);
        }
    }

    @Test
    @DisplayName("Operator B gets 404 for operator A's obligation, and cannot answer it")
    void another_partys_obligation_is_not_found() {
        Parties p = revoked();
        given().get("/api/v1/obligations/" + p.bank()).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"stoppedAt\":\"" + Instant.now() + "\",\"evidence\":\"x\"}")
                .post("/api/v1/obligations/" + p.bank() + "/stopped").then().statusCode(404);
        given().contentType(ContentType.JSON).body(REFUSAL)
                .post("/api/v1/obligations/" + p.bank() + "/refusal").then().statusCode(404);
        given().get("/api/v1/consents/" + p.consentId()).then().statusCode(404);
    }

    @Test
    @DisplayName("PDL-8.7: a refusal that names no legislation, or has no reasons in kk and ru, is refused with 422; a reasoned one under a normative legal act is recorded with its citation and announced")
    void refusal_needs_legislation_and_reasons_in_kk_and_ru() {
        Parties p = revoked();
        given().contentType(ContentType.JSON).body("{\"reasons\":{\"kk\":\"a\",\"ru\":\"b\"}}")
                .post("/api/v1/obligations/" + p.telecom() + "/refusal").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kelisim.kz/problems/pdl-8-7-refusal-without-legislation"))
                .body("title", containsString("legislation")).body("detail", containsString("legislation"));
        given().contentType(ContentType.JSON)
                .body("{\"legalAct\":{\"kind\":\"LAW\",\"number\":\"567-II\",\"date\":\"2004-07-05\",\"article\":\"15\"},"
                        + "\"reasons\":{\"ru\":\"b\",\"en\":\"c\"}}")
                .post("/api/v1/obligations/" + p.telecom() + "/refusal").then().statusCode(422)
                .body("type", equalTo("https://kelisim.kz/problems/pdl-8-7-refusal-reasons-required"));
        given().get("/api/v1/obligations/" + p.telecom()).then().body("status", equalTo("OPEN")).body("legalAct", nullValue());
        try (TopicReader topic = new TopicReader(Topics.CONSENT_EVENTS)) {
            given().contentType(ContentType.JSON).body(REFUSAL)
                    .post("/api/v1/obligations/" + p.telecom() + "/refusal").then().statusCode(200)
                    .body("status", equalTo("REFUSED"))
                    .body("legalAct.kind", equalTo("LAW")).body("legalAct.number", equalTo("567-II"))
                    .body("legalAct.date", equalTo("2004-07-05")).body("legalAct.article", equalTo("15.2"))
                    .body("citation.en", equalTo("Law of the Republic of Kazakhstan No. 567-II of 5 July 2004, Article 15, paragraph 2"))
                    .body("citation.ru", equalTo("Закон Республики Казахстан от 5 июля 2004 года № 567-II, статья 15, пункт 2"))
                    .body("citation.kk", equalTo("Қазақстан Республикасының 2004 жылғы 5 шілдедегі № 567-II Заңы, 15-бап, 2-тармақ"))
                    .body("reasons.kk", equalTo("Байланыс туралы заң бойынша деректер сақталады"));
            var record = topic.await(r -> r.value().contains(p.telecom().toString())
                    && r.value().contains("kz.kelisim.consent.stop-refused.v1"), Duration.ofSeconds(30));
            assertThat(record.value()).contains("\"legalAct\":{\"kind\":\"LAW\",\"number\":\"567-II\",\"date\":\"2004-07-05\",\"article\":\"15.2\"}")
                    .contains("\"lawReference\":\"Law of the Republic of Kazakhstan No. 567-II of 5 July 2004, Article 15, paragraph 2\"")
                    .doesNotContain(AIGERIM);
        }
        given().contentType(ContentType.JSON).body(REFUSAL)
                .post("/api/v1/obligations/" + p.telecom() + "/refusal").then().statusCode(409)
                .body("type", equalTo("https://kelisim.kz/problems/obligation-already-answered"));
    }

    @Test
    @DisplayName("PDL-8.7: each missing or malformed field of the legal act is a 400 naming the field and what is expected")
    void legal_act_fields_are_named_when_missing_or_malformed() {
        Parties p = revoked();
        given().contentType(ContentType.JSON).body("{\"legalAct\":{},\"reasons\":{\"kk\":\"a\",\"ru\":\"b\"}}")
                .post("/api/v1/obligations/" + p.telecom() + "/refusal").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("legalAct.kind", "legalAct.date", "legalAct.article"))
                .body("errors.find { it.field == 'legalAct.kind' }.message", containsString("CONSTITUTION"))
                .body("errors.find { it.field == 'legalAct.article' }.message", containsString("is required"));
        String future = LocalDate.now(KazakhTime.ZONE).plusDays(2).toString();
        given().contentType(ContentType.JSON).body("{\"legalAct\":{\"kind\":\"STATUTE\",\"number\":\"1\",\"date\":\"2020-01-01\","
                        + "\"article\":\"5\"},\"reasons\":{\"kk\":\"a\",\"ru\":\"b\"}}")
                .post("/api/v1/obligations/" + p.telecom() + "/refusal").then().statusCode(400)
                .body("errors.field", equalTo(List.of("legalAct.kind")))
                .body("errors[0].message", containsString("must be one of")).body("errors[0].message", containsString("MINISTERIAL_ORDER"));
        given().contentType(ContentType.JSON).body("{\"legalAct\":{\"kind\":\"LAW\",\"date\":\"" + future + "\",\"article\":\"Art. 17\"},"
                        + "\"reasons\":{\"kk\":\"a\",\"ru\":\"b\"}}")
                .post("/api/v1/obligations/" + p.telecom() + "/refusal").then().statusCode(400)
                .body("errors.field", equalTo(List.of("legalAct.number", "legalAct.date", "legalAct.article")))
                .body("errors[1].message", containsString("must not be in the future"))
                .body("errors[2].message", containsString("8.7 for article 8, paragraph 7"));
        given().contentType(ContentType.JSON).body("{\"legalAct\":{\"kind\":\"GOVERNMENT_RESOLUTION\",\"number\":\"№ 12\","
                        + "\"date\":\"21.05.2013\",\"article\":\"15.2.1\"},\"reasons\":{\"kk\":\"a\",\"ru\":\"b\"}}")
                .post("/api/v1/obligations/" + p.telecom() + "/refusal").then().statusCode(400)
                .body("errors.field", equalTo(List.of("legalAct.number", "legalAct.date", "legalAct.article")))
                .body("errors[0].message", containsString("without '№'"))
                .body("errors[1].message", containsString("ISO date"))
                .body("errors[2].message", containsString("paragraph number"));
        // The Constitution has no number; a refusal under it needs none.
        given().contentType(ContentType.JSON).body("{\"legalAct\":{\"kind\":\"CONSTITUTION\",\"date\":\"1995-08-30\",\"article\":\"18.1\"},"
                        + "\"reasons\":{\"kk\":\"a\",\"ru\":\"b\"}}")
                .post("/api/v1/obligations/" + p.telecom() + "/refusal").then().statusCode(200)
                .body("citation.en", equalTo("Constitution of the Republic of Kazakhstan of 30 August 1995, Article 18, paragraph 1"));
    }

    @Test
    @DisplayName("PDL-8.7: V8 keeps a refusal recorded before it readable, as an OTHER_NORMATIVE_ACT cited by its text")
    void refusal_recorded_before_v8_stays_readable() throws Exception {
        Parties p = revoked();
        given().contentType(ContentType.JSON).body(REFUSAL).post("/api/v1/obligations/" + p.telecom() + "/refusal")
                .then().statusCode(200);
        String text = "Law on Communications, Art. 15";
        // As the previous version stored it: only the free text.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        UPDATE stop_obligation SET law_reference = ?1, legal_act_kind = NULL, legal_act_number = NULL,
                        legal_act_date = NULL, legal_act_article = NULL WHERE id = ?2""")
                .setParameter(1, text).setParameter(2, p.telecom()).executeUpdate());
        // Read before the migration runs (a refusal an instance of the previous version made during a rolling update) ...
        given().get("/api/v1/obligations/" + p.telecom()).then().statusCode(200)
                .body("legalAct.kind", equalTo("OTHER_NORMATIVE_ACT")).body("legalAct.article", equalTo(text))
                .body("citation.kk", equalTo(text)).body("citation.en", equalTo(text));
        // ... and after V8's own UPDATE has moved it into the structured columns.
        String migration;
        try (var in = getClass().getResourceAsStream("/db/migration/V8__refusal_legal_act.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String update = Arrays.stream(migration.split(";"))
                .map(statement -> statement.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n")).strip())
                .filter(statement -> statement.startsWith("UPDATE")).findFirst().orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(update).executeUpdate());
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT legal_act_kind, legal_act_article, legal_act_number FROM stop_obligation WHERE id = ?1")
                .setParameter(1, p.telecom()).getSingleResult());
        assertThat(row[0]).isEqualTo("OTHER_NORMATIVE_ACT");
        assertThat(row[1]).isEqualTo(text);
        assertThat(row[2]).isNull();
        given().get("/api/v1/obligations/" + p.telecom()).then().statusCode(200)
                .body("legalAct.kind", equalTo("OTHER_NORMATIVE_ACT")).body("citation.ru", equalTo(text));
    }

    @Test
    @DisplayName("A stop confirmation without evidence, or dated in the future, is 400")
    void stop_confirmation_is_validated() {
        Parties p = revoked();
        given().contentType(ContentType.JSON).body("{\"stoppedAt\":\"" + Instant.now().plusSeconds(3600) + "\"}")
                .post("/api/v1/obligations/" + p.telecom() + "/stopped").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"stoppedAt\":\"soon\"}")
                .post("/api/v1/obligations/" + p.telecom() + "/stopped").then().statusCode(400);
        given().get("/api/v1/obligations?status=LATE").then().statusCode(400);
    }

    @Test
    @DisplayName("PDL-8.7: an unanswered obligation is breached once, even with two scanners, and a late answer is MET_LATE")
    void overdue_obligation_is_breached_once_and_a_late_answer_is_met_late() throws Exception {
        Parties p = revoked();
        // Move this obligation's 15 working days into the past, as if the revocation came a month ago.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE deadline SET due_at = now() - interval '1 minute' WHERE aggregate_id = ?1")
                    .setParameter(1, p.telecom()).executeUpdate();
            em.createNativeQuery("UPDATE stop_obligation SET due_at = now() - interval '1 minute' WHERE id = ?1")
                    .setParameter(1, p.telecom()).executeUpdate();
        });
        Instant now = Instant.now();
        Callable<Integer> instance = () -> {
            int total = 0;
            int batch;
            while ((batch = scanner.breachDue(now)) > 0) {
                total += batch;
            }
            return total;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(instance);
            var b = pool.submit(instance);
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        long events = QuarkusTransaction.requiringNew().call(() -> (Long) em.createNativeQuery("""
                        SELECT count(*) FROM outbox_event WHERE event_type = 'kz.kelisim.deadline.breached.v1'
                        AND payload LIKE ?1""", Long.class)
                .setParameter(1, "%\"aggregateId\":\"" + p.telecom() + "\"%").getSingleResult());
        assertThat(events).isEqualTo(1L);
        given().get("/api/v1/obligations/" + p.telecom()).then().body("deadlineState", equalTo("BREACHED"))
                .body("status", equalTo("OPEN")).body("workingDaysLeft", equalTo(0));
        given().contentType(ContentType.JSON).body("{\"stoppedAt\":\"" + Instant.now() + "\",\"evidence\":\"late, sorry\"}")
                .post("/api/v1/obligations/" + p.telecom() + "/stopped").then().statusCode(200)
                .body("deadlineState", equalTo("MET_LATE"));
    }
}
