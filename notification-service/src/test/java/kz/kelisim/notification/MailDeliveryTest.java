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
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.consent.ConsentGranted;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MailDeliveryTest {

    static final String SUBJECT = "920712404567";
    static final String SEEDED = "791123307894";

    @Inject
    Events events;
    @Inject
    SubjectPseudonym pseudonym;
    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "subject", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = SUBJECT))
    @DisplayName("Languages: each notice is e-mailed over SMTP once, in Kazakh by default, and in Russian or English when the subject chose it")
    void notice_is_mailed_once_in_the_subjects_language() {
        Mailbox.server();
        String address = Mailbox.account("s-" + UUID.randomUUID().toString().substring(0, 8) + "@example.kz");
        given().contentType("application/json").body("{\"email\": \"" + address + "\"}").put("/api/v1/me/contact")
                .then().statusCode(200).body("language", equalTo("kk")).body("source", equalTo("SUBJECT"));

        String purpose = "mail-kk-" + UUID.randomUUID().toString().substring(0, 8);
        ConsentGranted granted = granted(purpose);
        events.send(granted);
        events.send(granted);
        String marker = "mail-marker-" + UUID.randomUUID().toString().substring(0, 8);
        events.send(granted(marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(address).stream().anyMatch(m -> Mailbox.text(m).contains(marker)));
        List<MimeMessage> about = Mailbox.to(address).stream().filter(m -> Mailbox.text(m).contains(purpose)).toList();
        assertThat(about).hasSize(1);
        assertThat(Mailbox.subject(about.get(0))).isEqualTo("Келісім тіркелді");
        assertThat(Mailbox.text(about.get(0))).contains("операторы сіздің дербес деректеріңізді")
                .contains("Kelisim порталындағы хабарламалар жәшігіңізде");

        for (String[] lang : new String[][] {{"ru", "Согласие зарегистрировано", "для цели"}, {"en", "Consent recorded", "for the purpose"}}) {
            given().contentType("application/json").body("{\"email\": \"" + address + "\", \"language\": \"" + lang[0] + "\"}")
                    .put("/api/v1/me/contact").then().statusCode(200).body("language", equalTo(lang[0]));
            String p = "mail-" + lang[0] + "-" + UUID.randomUUID().toString().substring(0, 8);
            events.send(granted(p));
            await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(address).stream().anyMatch(m -> Mailbox.text(m).contains(p)));
            MimeMessage m = Mailbox.to(address).stream().filter(x -> Mailbox.text(x).contains(p)).findFirst().orElseThrow();
            assertThat(Mailbox.subject(m)).isEqualTo(lang[1]);
            assertThat(Mailbox.text(m)).contains(lang[2]);
        }
        given().header("Accept-Language", "en").get("/api/v1/me/notifications").then()
                .body("find { it.body.contains('" + purpose + "') }.email", equalTo("DELIVERED"));
    }

    @Test
    @TestSecurity(user = "subject", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = SUBJECT))
    @DisplayName("An e-mail that fails is logged and retried with backoff until the SMTP server takes it")
    void failed_mail_is_retried_until_delivered() {
        Mailbox.server();
        String address = Mailbox.account("r-" + UUID.randomUUID().toString().substring(0, 8) + "@example.kz");
        given().contentType("application/json").body("{\"email\": \"" + address + "\", \"language\": \"kk\"}")
                .put("/api/v1/me/contact").then().statusCode(200);
        Mailbox.stop();
        String purpose = "retry-" + UUID.randomUUID().toString().substring(0, 8);
        events.send(granted(purpose));
        await().atMost(Duration.ofSeconds(30)).until(() -> failedAttempts(purpose) >= 2);
        given().get("/api/v1/me/notifications").then()
                .body("find { it.body.contains('" + purpose + "') }.email", equalTo("PENDING"));

        Mailbox.server();
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(address).stream().anyMatch(m -> Mailbox.text(m).contains(purpose)));
        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(given().get("/api/v1/me/notifications").then()
                .extract().path("find { it.body.contains('" + purpose + "') }.email")));
        assertThat(Mailbox.to(address).stream().filter(m -> Mailbox.text(m).contains(purpose))).hasSize(1);
        List<String> outcomes = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT a.outcome FROM delivery_attempt a JOIN mail_delivery d ON d.id = a.delivery_id
                JOIN notice n ON n.id = d.notice_id WHERE n.params LIKE ?1 ORDER BY a.attempt""", String.class)
                .setParameter(1, "%" + purpose + "%").getResultList());
        assertThat(outcomes.get(outcomes.size() - 1)).isEqualTo("DELIVERED");
        assertThat(outcomes.subList(0, outcomes.size() - 1)).isNotEmpty().containsOnly("FAILED");
    }

    @Test
    @TestSecurity(user = "seeded", roles = "subject")
    @OidcSecurity(claims = {@Claim(key = "iin", value = SEEDED), @Claim(key = "email", value = "seeded@example.kz")})
    @DisplayName("The identity provider's e-mail seeds the contact once; the subject's own choice wins; bad input is 400")
    void contact_is_seeded_from_the_token_and_set_by_the_subject() {
        given().header("Accept-Language", "ru").get("/api/v1/me/notifications").then().statusCode(200);
        given().get("/api/v1/me/contact").then().statusCode(200)
                .body("email", equalTo("seeded@example.kz")).body("language", equalTo("ru"))
                .body("source", equalTo("IDENTITY_PROVIDER"));
        given().contentType("application/json").body("{\"email\": null, \"language\": \"en\"}").put("/api/v1/me/contact")
                .then().statusCode(200).body("email", equalTo(null)).body("source", equalTo("SUBJECT"));
        given().get("/api/v1/me/notifications").then().statusCode(200);
        given().get("/api/v1/me/contact").then().body("email", equalTo(null)).body("language", equalTo("en"));
        given().contentType("application/json").body("{\"email\": \"not-an-address\"}").put("/api/v1/me/contact")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("email"));
        given().contentType("application/json").body("{\"language\": \"de\"}").put("/api/v1/me/contact")
                .then().statusCode(400).body("errors[0].field", equalTo("language"));
    }

    private long failedAttempts(String purpose) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                SELECT count(*) FROM delivery_attempt a JOIN mail_delivery d ON d.id = a.delivery_id
                JOIN notice n ON n.id = d.notice_id WHERE n.params LIKE ?1 AND a.outcome = 'FAILED'""")
                .setParameter(1, "%" + purpose + "%").getSingleResult()).longValue());
    }

    private ConsentGranted granted(String purpose) {
        return new ConsentGranted(UUID.randomUUID(), SubjectNoticesTest.now(), pseudonym.of(SUBJECT), UUID.randomUUID(),
                "050140001238", purpose, null, false);
    }
}
