package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static kz.kelisim.consent.Given.TELECOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
            {"lawReference":"Law on Communications, Art. 15","reasons":{"kk":"Байланыс туралы заң бойынша деректер сақталады",
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
    @DisplayName("PDL-8.7: a refusal without a law reference, or without reasons in kk and ru, is refused with 422")
    void refusal_needs_law_and_reasons_in_kk_and_ru() {
        Parties p = revoked();
        given().contentType(ContentType.JSON).body("{\"reasons\":{\"kk\":\"a\",\"ru\":\"b\"}}")
                .post("/api/v1/obligations/" + p.telecom() + "/refusal").then().statusCode(422)
                .body("type", equalTo("https://kelisim.kz/problems/pdl-8-7-refusal-without-law-reference"));
        given().contentType(ContentType.JSON).body("{\"lawReference\":\"Law on Communications, Art. 15\",\"reasons\":{\"ru\":\"b\",\"en\":\"c\"}}")
                .post("/api/v1/obligations/" + p.telecom() + "/refusal").then().statusCode(422)
                .body("type", equalTo("https://kelisim.kz/problems/pdl-8-7-refusal-reasons-required"));
        given().contentType(ContentType.JSON).body(REFUSAL)
                .post("/api/v1/obligations/" + p.telecom() + "/refusal").then().statusCode(200)
                .body("status", equalTo("REFUSED")).body("lawReference", equalTo("Law on Communications, Art. 15"))
                .body("reasons.kk", equalTo("Байланыс туралы заң бойынша деректер сақталады"));
        given().contentType(ContentType.JSON).body(REFUSAL)
                .post("/api/v1/obligations/" + p.telecom() + "/refusal").then().statusCode(409)
                .body("type", equalTo("https://kelisim.kz/problems/obligation-already-answered"));
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
