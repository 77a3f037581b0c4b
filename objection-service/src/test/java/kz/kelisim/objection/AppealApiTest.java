package kz.kelisim.objection;

import static io.restassured.RestAssured.given;
import static kz.kelisim.objection.TestData.BANK;
import static kz.kelisim.objection.TestData.DANIYAR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.Topics;
import kz.kelisim.kit.deadline.DeadlineScanner;
import kz.kelisim.objection.service.AppealService;
import kz.kelisim.objection.service.ObjectionService;
import kz.kelisim.testkit.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AppealApiTest {

    @Inject
    TestData data;
    @Inject
    ObjectionService objections;
    @Inject
    AppealService appeals;
    @Inject
    SubjectPseudonym pseudonym;
    @Inject
    DeadlineScanner scanner;

    Objection objection() {
        String code = TestData.unique("law");
        data.publish(Texts.draft(BANK, code, true, new LegalBasis(BasisKind.LAW, null, "law"), false, UUID.randomUUID().toString()));
        AutomatedDecision decision = data.decision(BANK, code, DANIYAR);
        return objections.file(new FileObjection(DANIYAR, null, decision.id(), Remedy.HUMAN_REVIEW, "Wrong",
                UUID.randomUUID().toString()), pseudonym.of(DANIYAR)).objection();
    }

    static io.restassured.response.ValidatableResponse appeal(UUID id) {
        return given().contentType(ContentType.JSON).body("{\"grounds\": \"The bank ignored my income statement\"}")
                .post("/api/v1/me/objections/" + id + "/appeal").then();
    }

    @Test
    @TestSecurity(user = "daniyar", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = DANIYAR))
    @DisplayName("PDL-19-1.3: a subject reads the operator's reasons and appeals; the appeal goes out on objection-events; a second appeal is 409")
    void subject_reads_the_result_and_appeals() throws Exception {
        Objection objection = objection();
        appeal(objection.id()).statusCode(409).body("type", equalTo("https://kelisim.kz/problems/pdl-19-1-3-appeal-too-early"));
        objections.resolve(objection.id(), BANK, new Resolution(ObjectionStatus.REJECTED,
                new LocalizedText("Табыс жеткіліксіз", "Недостаточный доход", null), "Asel", "demo-bank"));
        given().get("/api/v1/me/objections").then().statusCode(200)
                .body("find { it.id == '" + objection.id() + "' }.status", equalTo("REJECTED"))
                .body("find { it.id == '" + objection.id() + "' }.result.kk", equalTo("Табыс жеткіліксіз"));
        try (TopicReader topic = new TopicReader(Topics.OBJECTION_EVENTS)) {
            appeal(objection.id()).statusCode(200).body("appeal.status", equalTo("PENDING"));
            topic.await(r -> r.value().contains("objection.appealed") && r.value().contains(objection.id().toString()),
                    Duration.ofSeconds(30));
        }
        appeal(objection.id()).statusCode(409);
    }

    @Test
    @TestSecurity(user = "daniyar", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = DANIYAR))
    @DisplayName("PDL-19-1.3: after the operator let the review deadline pass in silence, the subject may appeal")
    void subject_appeals_after_a_breach() {
        Objection objection = objection();
        scanner.breachDue(objection.dueAt().plusSeconds(1));
        appeal(objection.id()).statusCode(200).body("reviewState", equalTo("BREACHED")).body("appeal.status", equalTo("PENDING"));
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("PDL-19-1.3: the regulator sees appeals across operators and records an outcome explained in kk and ru")
    void regulator_decides_appeals() {
        Objection objection = objection();
        objections.resolve(objection.id(), BANK, new Resolution(ObjectionStatus.REJECTED,
                new LocalizedText("Жоқ", "Нет", null), "Asel", "demo-bank"));
        UUID appealId = objections.appeal(objection.id(), pseudonym.of(DANIYAR), "Unfair").appeal().id();
        given().get("/api/v1/appeals").then().statusCode(200)
                .body("appeal.id", hasItem(appealId.toString()))
                .body("find { it.appeal.id == '" + appealId + "' }.operatorId", equalTo(BANK));
        given().contentType(ContentType.JSON).body("{\"outcome\": \"UPHELD\", \"explanation\": {\"kk\": \"Қайта қарау\"}}")
                .post("/api/v1/appeals/" + appealId + "/decision").then().statusCode(400)
                .body("errors.field", hasItem("explanation.ru"));
        given().contentType(ContentType.JSON)
                .body("{\"outcome\": \"UPHELD\", \"explanation\": {\"kk\": \"Қайта қарау керек\", \"ru\": \"Нужно пересмотреть\"}}")
                .post("/api/v1/appeals/" + appealId + "/decision").then().statusCode(200)
                .body("appeal.status", equalTo("DECIDED")).body("appeal.outcome", equalTo("UPHELD"))
                .body("appeal.decidedBy", equalTo("inspector"));
        given().contentType(ContentType.JSON)
                .body("{\"outcome\": \"DISMISSED\", \"explanation\": {\"kk\": \"a\", \"ru\": \"b\"}}")
                .post("/api/v1/appeals/" + appealId + "/decision").then().statusCode(409);
        given().get("/api/v1/appeals/" + appealId).then().statusCode(200)
                .body("id", equalTo(objection.id().toString())).body("appeal.outcome", equalTo("UPHELD"));
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("PDL-19-1.3: the regulator reads one appeal by its id, wherever it is in the queue; an unknown id is 404 problem+json")
    void regulator_reads_one_appeal() {
        Objection objection = objection();
        objections.resolve(objection.id(), BANK, new Resolution(ObjectionStatus.REJECTED,
                new LocalizedText("Жоқ", "Нет", null), "Asel", "demo-bank"));
        UUID appealId = objections.appeal(objection.id(), pseudonym.of(DANIYAR), "Unfair").appeal().id();
        given().get("/api/v1/appeals/" + appealId).then().statusCode(200)
                .body("id", equalTo(objection.id().toString())).body("operatorId", equalTo(BANK))
                .body("appeal.id", equalTo(appealId.toString())).body("appeal.status", equalTo("PENDING"))
                .body("appeal.grounds", equalTo("Unfair"));
        given().get("/api/v1/appeals/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    void operators_cannot_read_or_decide_appeals() {
        given().get("/api/v1/appeals").then().statusCode(403);
        given().get("/api/v1/appeals/" + UUID.randomUUID()).then().statusCode(403);
    }
}
