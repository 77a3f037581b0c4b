package kz.kelisim.objection;

import static io.restassured.RestAssured.given;
import static kz.kelisim.objection.TestData.AIGERIM;
import static kz.kelisim.objection.TestData.BANK;
import static kz.kelisim.objection.TestData.DANIYAR;
import static kz.kelisim.objection.TestData.TELECOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.Topics;
import kz.kelisim.kit.deadline.DeadlineScanner;
import kz.kelisim.objection.service.ObjectionService;
import kz.kelisim.testkit.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObjectionApiTest {

    static final String REJECT = """
            {"outcome": "REJECTED", "reviewedBy": "Asel Nurlanovna, credit risk officer",
             "reasons": {"kk": "Табыс жеткіліксіз", "ru": "Недостаточный доход", "en": "Insufficient income"}}""";

    @Inject
    TestData data;
    @Inject
    ObjectionService objections;
    @Inject
    SubjectPseudonym pseudonym;
    @Inject
    DeadlineScanner scanner;
    @Inject
    EntityManager em;

    /** An objection of a subject to a decision of the bank, filed through the service. */
    Objection objection(String iin, Remedy remedy) {
        String code = TestData.unique("law");
        data.publish(Texts.draft(BANK, code, true, new LegalBasis(BasisKind.LAW, null, "law"), false, UUID.randomUUID().toString()));
        AutomatedDecision decision = data.decision(BANK, code, iin);
        return objections.file(new FileObjection(iin, null, decision.id(), remedy, "The score is wrong",
                UUID.randomUUID().toString()), pseudonym.of(iin)).objection();
    }

    static ValidatableResponse resolve(UUID id, String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/objections/" + id + "/resolution").then();
    }

    @Test
    @TestSecurity(user = "daniyar", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = DANIYAR))
    @DisplayName("PDL-19-1.2, PDL-19-1.3: a subject objects to his decision; the receipt starts a 3-working-day review, announced on objection-events")
    void subject_objects_and_the_review_is_due_in_three_working_days() throws Exception {
        String code = TestData.unique("law");
        data.publish(Texts.draft(BANK, code, true, new LegalBasis(BasisKind.LAW, null, "law"), false, UUID.randomUUID().toString()));
        AutomatedDecision decision = data.decision(BANK, code, DANIYAR);
        try (TopicReader topic = new TopicReader(Topics.OBJECTION_EVENTS)) {
            ValidatableResponse filed = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"decisionId\": \"" + decision.id() + "\", \"remedy\": \"HUMAN_REVIEW\", \"reason\": \"My income is higher\"}")
                    .post("/api/v1/me/objections").then().statusCode(201)
                    .body("status", equalTo("OPEN")).body("reviewState", equalTo("OPEN"))
                    .body("activityCode", equalTo(code))
                    .body("workingDaysLeft", equalTo(3));
            String id = filed.extract().path("id");
            Instant received = Instant.parse(filed.extract().path("receivedAt"));
            Instant due = Instant.parse(filed.extract().path("dueAt"));
            assertThat(due).isEqualTo(KazakhCalendar.official().deadline(received, 3).dueAt());
            var record = topic.await(r -> r.value().contains(id) && r.value().contains("objection.received"), Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo(pseudonym.of(DANIYAR));
            assertThat(record.value()).doesNotContain(DANIYAR);
        }
    }

    @Test
    @TestSecurity(user = "daniyar", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = DANIYAR))
    @DisplayName("PDL-19-1.2: a subject objects to an activity that concerns him, but cannot object to another subject's decision (404)")
    void subject_objects_to_an_activity_but_not_to_someone_elses_decision() {
        String purpose = TestData.unique("purpose");
        ProcessingActivity activity = data.consentActivity(BANK, TestData.unique("scoring"), purpose);
        data.consent(DANIYAR, BANK, purpose);
        data.consent(AIGERIM, BANK, purpose);
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"activityId\": \"" + activity.id() + "\", \"remedy\": \"STOP_PROCESSING\", \"reason\": \"Stop\"}")
                .post("/api/v1/me/objections").then().statusCode(201).body("decisionId", equalTo(null));
        AutomatedDecision hers = data.decision(BANK, activity.code(), AIGERIM);
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"decisionId\": \"" + hers.id() + "\", \"remedy\": \"HUMAN_REVIEW\", \"reason\": \"x\"}")
                .post("/api/v1/me/objections").then().statusCode(404);
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"activityId\": \"" + activity.id() + "\", \"remedy\": \"REVERSE_DECISION\", \"reason\": \"x\"}")
                .post("/api/v1/me/objections").then().statusCode(400).body("errors.field", hasItem("remedy"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"remedy\": \"HUMAN_REVIEW\", \"reason\": \"x\"}")
                .post("/api/v1/me/objections").then().statusCode(400).body("errors.field", hasItem("activityId"));
        given().get("/api/v1/me/objections/" + objection(AIGERIM, Remedy.HUMAN_REVIEW).id()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "daniyar", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = DANIYAR))
    @DisplayName("PDL-19-1.2: a subject objects to a published activity a law provides for before any decision about him exists; a consent-based activity that does not concern him stays hidden (404)")
    void subject_objects_to_a_law_based_activity_before_its_first_decision_PDL_19_1_2() {
        String code = TestData.unique("tax-scoring");
        ProcessingActivity law = data.publish(Texts.draft(TELECOM, code, true,
                new LegalBasis(BasisKind.LAW, null, "Tax Code art. 24"), false, UUID.randomUUID().toString()));
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"activityId\": \"" + law.id() + "\", \"remedy\": \"STOP_PROCESSING\", \"reason\": \"Not me\"}")
                .post("/api/v1/me/objections").then().statusCode(201)
                .body("activityCode", equalTo(code)).body("decisionId", equalTo(null)).body("workingDaysLeft", equalTo(3));
        ProcessingActivity unrelated = data.consentActivity(TELECOM, TestData.unique("scoring"), TestData.unique("purpose"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"activityId\": \"" + unrelated.id() + "\", \"remedy\": \"STOP_PROCESSING\", \"reason\": \"x\"}")
                .post("/api/v1/me/objections").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("PDL-19-1.3: the operator's queue is sorted by due time with working days left; a rejection needs reasons in kk and ru and is MET in time")
    void operator_rejects_with_reasons_in_time() throws Exception {
        Objection objection = objection(DANIYAR, Remedy.HUMAN_REVIEW);
        List<String> due = given().get("/api/v1/objections").then().statusCode(200)
                .body("find { it.id == '" + objection.id() + "' }.workingDaysLeft", equalTo(3))
                .body("find { it.id == '" + objection.id() + "' }.subjectIin", equalTo(DANIYAR))
                .extract().path("dueAt");
        assertThat(due).isSortedAccordingTo((a, b) -> Instant.parse(a).compareTo(Instant.parse(b)));

        resolve(objection.id(), REJECT.replace("\"ru\": \"Недостаточный доход\", ", "")).statusCode(400)
                .body("errors.field", hasItem("reasons.ru"));
        resolve(objection.id(), REJECT.replace("\"reviewedBy\": \"Asel Nurlanovna, credit risk officer\",", ""))
                .statusCode(400).body("errors.field", hasItem("reviewedBy"));
        try (TopicReader topic = new TopicReader(Topics.OBJECTION_EVENTS)) {
            resolve(objection.id(), REJECT).statusCode(200)
                    .body("status", equalTo("REJECTED")).body("reviewState", equalTo("MET"))
                    .body("reviewedBy", equalTo("Asel Nurlanovna, credit risk officer"))
                    .body("result.ru", equalTo("Недостаточный доход"));
            var record = topic.await(r -> r.value().contains(objection.id().toString()) && r.value().contains("objection.resolved"),
                    Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo(pseudonym.of(DANIYAR));
            assertThat(record.value()).contains("Табыс жеткіліксіз").contains("\"reviewState\":\"MET\"");
        }
        resolve(objection.id(), REJECT).statusCode(409);
        given().get("/api/v1/objections").then().body("id", not(hasItem(objection.id().toString())));
        given().get("/api/v1/objections?status=REJECTED").then().body("id", hasItem(objection.id().toString()));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("PDL-19-1.3: an objection left open past its due moment is BREACHED and reported exactly once; a later answer is MET_LATE")
    void unanswered_objection_is_breached_once_then_met_late() {
        Objection objection = objection(AIGERIM, Remedy.HUMAN_REVIEW);
        Instant afterDue = objection.dueAt().plusSeconds(1);
        scanner.breachDue(objection.dueAt().minusSeconds(1));
        given().get("/api/v1/objections/" + objection.id()).then().body("reviewState", equalTo("OPEN"));
        scanner.breachDue(afterDue);
        scanner.breachDue(afterDue);
        given().get("/api/v1/objections/" + objection.id()).then().statusCode(200)
                .body("reviewState", equalTo("BREACHED")).body("status", equalTo("OPEN")).body("workingDaysLeft", equalTo(0));
        long events = QuarkusTransaction.requiringNew().call(() -> (Long) em.createNativeQuery("""
                        SELECT count(*) FROM outbox_event WHERE topic = 'objection-events'
                        AND event_type = 'kz.kelisim.deadline.breached.v1' AND payload LIKE ?1""", Long.class)
                .setParameter(1, "%\"aggregateId\":\"" + objection.id() + "\"%").getSingleResult());
        assertThat(events).isEqualTo(1L);
        resolve(objection.id(), REJECT).statusCode(200).body("reviewState", equalTo("MET_LATE"));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("PDL-19-1.2: while a subject's objection asking to stop is open or upheld, a new decision with legal effect about him is refused")
    void stop_objection_blocks_new_decisions() {
        Objection stop = objection(DANIYAR, Remedy.STOP_PROCESSING);
        DecisionApiTest.decide(stop.activityCode(), DANIYAR).statusCode(422)
                .body("type", equalTo("https://kelisim.kz/problems/pdl-19-1-2-stop-requested"));
        DecisionApiTest.decide(stop.activityCode(), AIGERIM).statusCode(201);
        resolve(stop.id(), REJECT).statusCode(200);
        DecisionApiTest.decide(stop.activityCode(), DANIYAR).statusCode(201);

        Objection upheld = objections.file(new FileObjection(DANIYAR, stop.activityId(), null, Remedy.STOP_PROCESSING,
                "Stop again", UUID.randomUUID().toString()), pseudonym.of(DANIYAR)).objection();
        resolve(upheld.id(), """
                {"outcome": "UPHELD", "reviewedBy": "Asel", "actionTaken": {"kk": "Тоқтатылды", "ru": "Прекращено"}}""")
                .statusCode(200);
        DecisionApiTest.decide(stop.activityCode(), DANIYAR).statusCode(422)
                .body("type", equalTo("https://kelisim.kz/problems/pdl-19-1-2-stop-requested"));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = AIGERIM))
    @DisplayName("A retried objection with the same Idempotency-Key is filed once, with one review deadline")
    void idempotent_objections() {
        String code = TestData.unique("law");
        data.publish(Texts.draft(BANK, code, true, new LegalBasis(BasisKind.LAW, null, "law"), false, UUID.randomUUID().toString()));
        AutomatedDecision decision = data.decision(BANK, code, AIGERIM);
        String key = UUID.randomUUID().toString();
        String body = "{\"decisionId\": \"" + decision.id() + "\", \"remedy\": \"HUMAN_REVIEW\", \"reason\": \"Wrong\"}";
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/me/objections").then().statusCode(201).extract().path("id");
        String again = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/me/objections").then().statusCode(200).extract().path("id");
        assertThat(again).isEqualTo(first);
        long deadlines = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(d) from TrackedDeadline d where d.aggregateId = :id", Long.class)
                .setParameter("id", UUID.fromString(first)).getSingleResult());
        assertThat(deadlines).isEqualTo(1L);
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("PDL-19-1.3: upholding a request to reverse a decision records what was done in kk and ru and marks the decision reversed")
    void upheld_reversal_reverses_the_decision() {
        Objection objection = objection(AIGERIM, Remedy.REVERSE_DECISION);
        resolve(objection.id(), """
                {"outcome": "UPHELD", "reviewedBy": "Asel", "actionTaken": {"kk": "Шешім жойылды", "ru": "Решение отменено"}}""")
                .statusCode(200).body("status", equalTo("UPHELD")).body("result.kk", equalTo("Шешім жойылды"));
        given().get("/api/v1/decisions/" + objection.decisionId()).then().body("reversedAt", not(equalTo(null)));
    }

    @Test
    @TestSecurity(user = "demo-telecom", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = TELECOM))
    @DisplayName("Operator B neither sees nor answers objections to operator A (404)")
    void operators_cannot_touch_each_others_objections() {
        Objection bank = objection(DANIYAR, Remedy.HUMAN_REVIEW);
        given().get("/api/v1/objections/" + bank.id()).then().statusCode(404);
        resolve(bank.id(), REJECT).statusCode(404);
        given().get("/api/v1/objections").then().statusCode(200).body("id", not(hasItem(bank.id().toString())));
    }
}
