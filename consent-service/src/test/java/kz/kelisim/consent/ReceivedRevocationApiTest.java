package kz.kelisim.consent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import kz.kelisim.consent.service.ConsentService;
import kz.kelisim.contracts.Topics;
import kz.kelisim.contracts.deadline.ReceiptChannel;
import kz.kelisim.kit.calendar.CalendarProvider;
import kz.kelisim.testkit.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static kz.kelisim.consent.Given.DANIYAR;
import static kz.kelisim.consent.Given.TELECOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * PDL-8.7: a revocation that reached the operator on paper, by e-mail or at a branch, entered by the
 * operator's staff with its real time of receipt.
 */
@QuarkusTest
@TestSecurity(user = "demo-bank", roles = "operator")
@OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
class ReceivedRevocationApiTest {

    @Inject
    Given given;
    @Inject
    TestClock clock;
    @Inject
    CalendarProvider calendars;
    @Inject
    ConsentService consents;

    /** A consent of aigerim's to demo-bank, shared with the telecom, granted {@code daysAgo} days ago. */
    private Consent grantedDaysAgo(int daysAgo) {
        clock.setNow(Instant.now().minus(Duration.ofDays(daysAgo)));
        try {
            return given.sharedConsent(Given.uniqueCode("paper"));
        } finally {
            clock.reset();
        }
    }

    static ValidatableResponse enter(UUID consentId, String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/consents/" + consentId + "/revocation").then();
    }

    static String body(Instant receivedAt, String channel, String revokedBy) {
        return """
                {"receivedAt": "%s", "channel": "%s", "revokedBy": "%s", "evidence": "Letter No. 2026/4471, case file CF-118"}"""
                .formatted(receivedAt, channel, revokedBy);
    }

    @Test
    @DisplayName("PDL-8.7: a revocation received on paper three days ago obliges every party from that receipt, and the subject sees it as if filed in Kelisim")
    void a_revocation_received_on_paper_counts_from_its_receipt_PDL_8_7() throws Exception {
        Consent consent = grantedDaysAgo(10);
        Instant receivedAt = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        String due = calendars.calendar().deadline(receivedAt, 15).dueAt().toString();
        try (TopicReader topic = new TopicReader(Topics.CONSENT_EVENTS)) {
            enter(consent.id(), body(receivedAt, "PAPER", AIGERIM)).statusCode(201)
                    .body("receivedAt", equalTo(receivedAt.toString()))
                    .body("byRepresentative", equalTo(false))
                    .body("obligations.partyId", containsInAnyOrder(BANK, TELECOM))
                    .body("obligations.dueAt", equalTo(List.of(due, due)));
            var record = topic.await(r -> r.value().contains(consent.id().toString())
                    && r.value().contains("kz.kelisim.consent.revoked.v1"), Duration.ofSeconds(30));
            JsonNode event = new ObjectMapper().readTree(record.value());
            assertThat(event.path("data").path("receivedAt").asText()).isEqualTo(receivedAt.toString());
        }
        Consent seenBySubject = consents.getForSubject(consent.id(), AIGERIM);
        assertThat(seenBySubject.statusAt(Instant.now())).isEqualTo(ConsentStatus.REVOKED);
        assertThat(seenBySubject.endedAt()).isEqualTo(receivedAt);
        assertThat(seenBySubject.revocationChannel()).isEqualTo(ReceiptChannel.PAPER);
        assertThat(consents.history(consent.id())).extracting(e -> e.action() + ": " + e.detail())
                .anySatisfy(line -> assertThat(line).startsWith("REVOKED: received PAPER at " + receivedAt)
                        .contains("Letter No. 2026/4471"));
        given().get("/api/v1/consents/" + consent.id()).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revocationChannel", equalTo("PAPER"));
        enter(consent.id(), body(receivedAt, "PAPER", AIGERIM)).statusCode(200)
                .body("obligations.size()", equalTo(2));
    }

    @Test
    @DisplayName("PDL-8.7: a receipt time in the future or more than 30 days ago, a channel that is not another channel, or no evidence is 400 naming the field")
    void bad_receipts_are_400_naming_the_field() {
        Consent consent = grantedDaysAgo(40);
        Instant now = Instant.now();
        enter(consent.id(), body(now.plus(Duration.ofHours(1)), "EMAIL", AIGERIM)).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("receivedAt"));
        enter(consent.id(), body(now.minus(Duration.ofDays(31)), "EMAIL", AIGERIM)).statusCode(400)
                .body("errors.field", hasItem("receivedAt"));
        enter(consent.id(), body(now.minus(Duration.ofDays(1)), "SELF_SERVICE", AIGERIM)).statusCode(400)
                .body("errors.field", hasItem("channel"));
        enter(consent.id(), body(now.minus(Duration.ofDays(1)), "FAX", AIGERIM)).statusCode(400);
        enter(consent.id(), body(now.minus(Duration.ofDays(1)), "EMAIL", BANK)).statusCode(400)
                .body("errors.field", hasItem("revokedBy"));
        enter(consent.id(), "{\"receivedAt\": \"" + now.minus(Duration.ofDays(1)) + "\", \"channel\": \"BRANCH\", \"revokedBy\": \""
                + AIGERIM + "\"}").statusCode(400).body("errors.field", hasItem("evidence"));
        given().get("/api/v1/consents/" + consent.id()).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    @DisplayName("PDL-8.7: only the subject or the legal representative recorded on the consent can revoke, and a receipt before the grant is refused")
    void only_the_subject_or_representative_revokes_PDL_8_7() {
        Consent consent = grantedDaysAgo(2);
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        enter(consent.id(), body(yesterday, "EMAIL", DANIYAR)).statusCode(422)
                .body("type", equalTo("https://kelisim.kz/problems/pdl-8-7-not-subject-or-representative"));
        enter(consent.id(), body(Instant.now().minus(Duration.ofDays(5)), "EMAIL", AIGERIM)).statusCode(400)
                .body("errors.field", hasItem("receivedAt"));
        given().get("/api/v1/consents/" + consent.id()).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    @TestSecurity(user = "demo-telecom", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = TELECOM))
    @DisplayName("An operator cannot enter a revocation of another operator's consent (404)")
    void another_operators_consent_is_not_found() {
        Consent consent = grantedDaysAgo(1);
        enter(consent.id(), body(Instant.now().minusSeconds(60), "PAPER", AIGERIM)).statusCode(404);
    }
}
