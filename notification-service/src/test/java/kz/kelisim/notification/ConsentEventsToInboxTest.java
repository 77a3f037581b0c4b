package kz.kelisim.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kz.kelisim.contracts.DomainEvent;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.Topics;
import kz.kelisim.contracts.consent.ConsentGranted;
import kz.kelisim.kit.events.CloudEventWriter;
import kz.kelisim.notification.repository.NoticeRepository;
import kz.kelisim.testkit.TopicReader;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsentEventsToInboxTest {

    static final String AIGERIM = "900515401230";
    static final String DANIYAR = "851102304561";

    @Inject
    Producer<String, String> producer;
    @Inject
    CloudEventWriter writer;
    @Inject
    SubjectPseudonym pseudonym;
    @Inject
    NoticeRepository notices;

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = AIGERIM))
    @DisplayName("A ConsentGranted event becomes one notice in the subject's inbox, even when it is delivered twice")
    void consent_granted_becomes_exactly_one_notice() throws Exception {
        String purpose = "scoring-" + UUID.randomUUID().toString().substring(0, 8);
        ConsentGranted granted = granted(AIGERIM, purpose);
        send(granted);
        send(granted);
        // Same key, same partition: once the marker is in, both copies before it were consumed.
        String marker = "marker-" + UUID.randomUUID().toString().substring(0, 8);
        send(granted(AIGERIM, marker));
        awaitNoticeAbout(marker);

        List<String> bodies = given().header("Accept-Language", "en").get("/api/v1/me/notifications")
                .then().statusCode(200).extract().path("body");
        assertThat(bodies.stream().filter(b -> b.contains(purpose))).hasSize(1);
        given().header("Accept-Language", "en").get("/api/v1/me/notifications").then()
                .body("find { it.body.contains('" + purpose + "') }.title", equalTo("Consent recorded"))
                .body("find { it.body.contains('" + purpose + "') }.read", equalTo(false));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = AIGERIM))
    @DisplayName("Notices are in Kazakh by default, and in Russian or English on request")
    void notices_speak_the_subjects_language() {
        String purpose = "lang-" + UUID.randomUUID().toString().substring(0, 8);
        send(granted(AIGERIM, purpose));
        awaitNoticeAbout(purpose);
        String find = "find { it.body.contains('" + purpose + "') }";
        given().get("/api/v1/me/notifications").then()
                .body(find + ".language", equalTo("kk")).body(find + ".title", equalTo("Келісім тіркелді"));
        given().header("Accept-Language", "ru-RU,ru;q=0.9").get("/api/v1/me/notifications").then()
                .body(find + ".language", equalTo("ru")).body(find + ".title", equalTo("Согласие зарегистрировано"));
    }

    @Test
    @TestSecurity(user = "daniyar", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = DANIYAR))
    @DisplayName("A subject never sees another subject's notices, and cannot mark them read")
    void subject_sees_only_own_notices() {
        String theirs = "theirs-" + UUID.randomUUID().toString().substring(0, 8);
        String mine = "mine-" + UUID.randomUUID().toString().substring(0, 8);
        send(granted(AIGERIM, theirs));
        send(granted(DANIYAR, mine));
        awaitNoticeAbout(mine);
        await().atMost(30, TimeUnit.SECONDS).until(() -> noticeExistsFor(pseudonym.of(AIGERIM), theirs));
        given().get("/api/v1/me/notifications").then().statusCode(200)
                .body("body", not(hasItem(org.hamcrest.Matchers.containsString(theirs))));
        UUID aigerimsNotice = QuarkusTransaction.requiringNew().call(() -> notices
                .find("subjectRef = ?1 and params like ?2", pseudonym.of(AIGERIM), "%" + theirs + "%")
                .firstResult().id());
        given().post("/api/v1/me/notifications/" + aigerimsNotice + "/read").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = AIGERIM))
    @DisplayName("A poison message goes to the dead-letter topic and the next good event is still applied")
    void poison_message_goes_to_dead_letter_topic() throws Exception {
        try (TopicReader dlq = new TopicReader("consent-events.notification-service.dlq")) {
            String poison = "{\"not\": \"an event " + UUID.randomUUID() + "\"}";
            producer.send(new ProducerRecord<>(Topics.CONSENT_EVENTS, pseudonym.of(AIGERIM), poison)).get();
            String after = "after-" + UUID.randomUUID().toString().substring(0, 8);
            send(granted(AIGERIM, after));
            dlq.await(r -> r.value().equals(poison), Duration.ofSeconds(30));
            awaitNoticeAbout(after);
        }
    }

    @Test
    void anonymous_and_operators_cannot_read_inboxes() {
        given().get("/api/v1/me/notifications").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = "050140001238"))
    void operators_get_403_on_subject_inbox() {
        given().get("/api/v1/me/notifications").then().statusCode(403).contentType("application/problem+json");
    }

    private boolean noticeExistsFor(String subjectRef, String text) {
        return QuarkusTransaction.requiringNew().call(() ->
                notices.count("subjectRef = ?1 and params like ?2", subjectRef, "%" + text + "%") > 0);
    }

    private void awaitNoticeAbout(String text) {
        await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(200)).until(() ->
                given().get("/api/v1/me/notifications").then().statusCode(200).extract()
                        .<List<String>>path("body").stream().anyMatch(b -> b.contains(text)));
    }

    private ConsentGranted granted(String iin, String purpose) {
        return new ConsentGranted(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS), pseudonym.of(iin),
                UUID.randomUUID(), "050140001238", purpose, null, false);
    }

    private void send(DomainEvent event) {
        try {
            producer.send(new ProducerRecord<>(event.topic(), event.subjectRef(), writer.toJson(event))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
