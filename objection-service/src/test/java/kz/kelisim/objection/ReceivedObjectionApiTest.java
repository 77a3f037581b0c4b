package kz.kelisim.objection;

import static io.restassured.RestAssured.given;
import static kz.kelisim.objection.TestData.AIGERIM;
import static kz.kelisim.objection.TestData.BANK;
import static kz.kelisim.objection.TestData.TELECOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
import java.util.UUID;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.deadline.ReceiptChannel;
import kz.kelisim.objection.service.ObjectionService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PDL-19-1.2, PDL-19-1.3: an objection that reached the operator on paper, by e-mail or at a branch,
 * entered by the operator's staff with its real time of receipt.
 */
@QuarkusTest
@TestSecurity(user = "demo-bank", roles = "operator")
@OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
class ReceivedObjectionApiTest {

    @Inject
    TestData data;
    @Inject
    ObjectionService objections;
    @Inject
    SubjectPseudonym pseudonym;

    static ValidatableResponse enter(String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/objections").then();
    }

    static String body(String iin, UUID activityId, Instant receivedAt, String channel) {
        return """
                {"subjectIin": "%s", "activityId": "%s", "remedy": "HUMAN_REVIEW", "reason": "My income is higher",
                 "receivedAt": "%s", "channel": "%s", "evidence": "Form OB-7, Almaty branch 12"}"""
                .formatted(iin, activityId, receivedAt, channel);
    }

    private ProcessingActivity lawActivity(String operatorId) {
        return data.publish(Texts.draft(operatorId, TestData.unique("scoring"), true,
                new LegalBasis(BasisKind.LAW, null, "Tax Code art. 24"), false, UUID.randomUUID().toString()));
    }

    @Test
    @DisplayName("PDL-19-1.3: an objection received at a branch two days ago is reviewed within 3 working days of that receipt, and the subject reads it as if filed in Kelisim")
    void an_objection_received_at_a_branch_counts_from_its_receipt_PDL_19_1_3() {
        ProcessingActivity activity = lawActivity(BANK);
        Instant receivedAt = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        String key = UUID.randomUUID().toString();
        String id = enter(key, body(AIGERIM, activity.id(), receivedAt, "BRANCH")).statusCode(201)
                .body("receivedAt", equalTo(receivedAt.toString()))
                .body("dueAt", equalTo(KazakhCalendar.official().deadline(receivedAt, 3).dueAt().toString()))
                .body("channel", equalTo("BRANCH"))
                .body("subjectIin", equalTo(AIGERIM))
                .extract().path("id");
        Objection seenBySubject = objections.getForSubject(UUID.fromString(id), pseudonym.of(AIGERIM)).objection();
        assertThat(seenBySubject.receivedAt()).isEqualTo(receivedAt);
        assertThat(seenBySubject.channel()).isEqualTo(ReceiptChannel.BRANCH);
        assertThat(seenBySubject.evidence()).isEqualTo("Form OB-7, Almaty branch 12");
        enter(key, body(AIGERIM, activity.id(), receivedAt, "BRANCH")).statusCode(200).body("id", equalTo(id));
        enter(key, body(AIGERIM, activity.id(), receivedAt, "PAPER")).statusCode(422)
                .body("type", equalTo("https://kelisim.kz/problems/idempotency-key-reused"));
    }

    @Test
    @DisplayName("PDL-19-1.3: a receipt time in the future or more than 30 days ago, a channel that is Kelisim itself, or a bad IIN is 400 naming the field")
    void bad_receipts_are_400_naming_the_field() {
        ProcessingActivity activity = lawActivity(BANK);
        Instant now = Instant.now();
        enter(UUID.randomUUID().toString(), body(AIGERIM, activity.id(), now.plus(Duration.ofHours(1)), "EMAIL"))
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("receivedAt"));
        enter(UUID.randomUUID().toString(), body(AIGERIM, activity.id(), now.minus(Duration.ofDays(31)), "EMAIL"))
                .statusCode(400).body("errors.field", hasItem("receivedAt"));
        enter(UUID.randomUUID().toString(), body(AIGERIM, activity.id(), now.minus(Duration.ofDays(1)), "SELF_SERVICE"))
                .statusCode(400).body("errors.field", hasItem("channel"));
        enter(UUID.randomUUID().toString(), body(BANK, activity.id(), now.minus(Duration.ofDays(1)), "EMAIL"))
                .statusCode(400).body("errors.field", hasItem("subjectIin"));
    }

    @Test
    @DisplayName("An operator cannot enter an objection to another operator's activity (404)")
    void another_operators_activity_is_not_found() {
        ProcessingActivity theirs = lawActivity(TELECOM);
        enter(UUID.randomUUID().toString(), body(AIGERIM, theirs.id(), Instant.now().minusSeconds(60), "PAPER"))
                .statusCode(404);
    }
}
