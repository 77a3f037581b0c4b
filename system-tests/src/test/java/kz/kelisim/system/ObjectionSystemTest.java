package kz.kelisim.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Objections to automated processing end to end with real tokens: an activity explained in Kazakh
 * and Russian, the PDL-19-1.1 ban lifted by a consent recorded in consent-service and carried by
 * Kafka, an objection reviewed within three working days, and an appeal the regulator sees.
 */
class ObjectionSystemTest {

    static final String DANIYAR_IIN = "851102304561";
    static final String DEMO_BANK_BIN = "050140001238";

    static String activity(String code, String purpose) {
        return """
                {"code": "%s", "name": "Credit scoring",
                 "procedure": {"kk": "Несие өтінімін модель адамның қатысуынсыз бағалайды",
                               "ru": "Заявку на кредит без участия человека оценивает модель",
                               "en": "A model scores the loan application with no human taking part"},
                 "consequences": {"kk": "Несие берілмеуі мүмкін", "ru": "Возможен отказ в кредите", "en": "The loan may be refused"},
                 "legalEffect": true,
                 "legalBasis": {"kind": "CONSENT", "purposeCode": "%s"},
                 "aiComponents": {"used": true,
                                  "aiRisks": {"kk": "Модель қателесуі мүмкін", "ru": "Модель может ошибаться"},
                                  "aiSafeUse": {"kk": "Әр бас тартуды несие қызметкері тексереді",
                                                "ru": "Каждый отказ проверяет кредитный специалист",
                                                "en": "A credit officer checks every refusal"}},
                 "howToObject": {"kk": "Порталда қарсылық білдіріңіз", "ru": "Подайте возражение на портале"},
                 "howToProtectRights": {"kk": "Уәкілетті органға шағым беріңіз, 1414", "ru": "Обратитесь в уполномоченный орган, 1414"}}
                """.formatted(code, purpose);
    }

    static Response decide(String code) {
        return given().auth().oauth2(Tokens.operator("demo-bank")).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"activityCode\": \"" + code + "\", \"subjectIin\": \"" + DANIYAR_IIN
                        + "\", \"outcome\": \"Loan refused: score 412 below 600\", \"decidedAt\": \"" + Instant.now() + "\"}")
                .post(Suite.objection() + "/api/v1/decisions");
    }

    static ValidatableResponse asBank(String method, String path, String body) {
        var request = given().auth().oauth2(Tokens.operator("demo-bank")).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (body != null) {
            request.body(body);
        }
        return request.request(method, Suite.objection() + path).then();
    }

    @Test
    @DisplayName("PDL-19-1.1, PDL-19-1.2, PDL-19-1.3, CPL-27.6: consent-based scoring is refused without consent, accepted after it, explained in Kazakh, objected to, rejected with reasons, appealed, and decided by the regulator")
    void objection_workflow_with_real_tokens() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String code = "credit-scoring-" + suffix;
        String purpose = "credit-scoring-" + suffix;

        // 1. demo-bank publishes a credit-scoring activity based on consent.
        String activityId = asBank("POST", "/api/v1/processing-activities", activity(code, purpose))
                .statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        asBank("POST", "/api/v1/processing-activities/" + activityId + "/publish", null)
                .statusCode(200).body("status", equalTo("ACTIVE"));

        // 2. A decision about daniyar without his consent is refused, naming PDL-19-1.1.
        decide(code).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://kelisim.kz/problems/pdl-19-1-1-no-lawful-basis"));

        // 3. demo-bank registers the purpose and daniyar consents to it in consent-service; once the event
        //    reached objection-service, the decision is accepted.
        given().auth().oauth2(Tokens.operator("demo-bank")).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(purposeBody(purpose))
                .post(Suite.consent() + "/api/v1/purposes").then().statusCode(201);
        given().auth().oauth2(Tokens.operator("demo-bank")).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"subjectIin\": \"" + DANIYAR_IIN + "\", \"purposeCode\": \"" + purpose + "\"}")
                .post(Suite.consent() + "/api/v1/consents").then().statusCode(201);
        AtomicReference<String> decisionId = new AtomicReference<>();
        Instant consented = Instant.now();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Response r = decide(code);
            if (r.statusCode() == 201) {
                decisionId.set(r.path("id"));
                return true;
            }
            assertThat(r.statusCode()).isEqualTo(422);
            return false;
        });
        System.out.printf("consent reached objection-service's projection within %d ms%n",
                Duration.between(consented, Instant.now()).toMillis());

        // 4. daniyar reads the explanation in Kazakh, sees the decision, and objects to it.
        String daniyar = Tokens.user("daniyar");
        given().auth().oauth2(daniyar).header("Accept-Language", "kk")
                .get(Suite.objection() + "/api/v1/me/processing-activities").then().statusCode(200)
                .body("find { it.activityId == '" + activityId + "' }.procedure",
                        equalTo("Несие өтінімін модель адамның қатысуынсыз бағалайды"))
                .body("find { it.activityId == '" + activityId + "' }.aiRisks", equalTo("Модель қателесуі мүмкін"))
                .body("find { it.activityId == '" + activityId + "' }.aiSafeUse",
                        equalTo("Әр бас тартуды несие қызметкері тексереді"));
        given().auth().oauth2(daniyar).get(Suite.objection() + "/api/v1/me/decisions").then().statusCode(200)
                .body("id", hasItem(decisionId.get()));
        String objectionId = given().auth().oauth2(daniyar).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"decisionId\": \"" + decisionId.get() + "\", \"remedy\": \"HUMAN_REVIEW\", \"reason\": \"Менің табысым жоғары\"}")
                .post(Suite.objection() + "/api/v1/me/objections").then().statusCode(201)
                .extract().path("id");

        // 5. demo-bank sees it due in 3 working days and rejects it with reasons in Kazakh and Russian.
        //    The queue is earliest due first and capped, and other tests leave demo-bank's objections open there,
        //    so this one is read by its id.
        asBank("GET", "/api/v1/objections/" + objectionId, null).statusCode(200)
                .body("subjectIin", equalTo(DANIYAR_IIN))
                .body("reviewState", equalTo("OPEN"))
                .body("workingDaysLeft", equalTo(3));
        asBank("POST", "/api/v1/objections/" + objectionId + "/resolution", """
                {"outcome": "REJECTED", "reviewedBy": "Asel Nurlanovna, credit officer",
                 "reasons": {"kk": "Табыс туралы анықтама ұсынылмаған", "ru": "Справка о доходах не представлена"}}""")
                .statusCode(200).body("status", equalTo("REJECTED")).body("reviewState", equalTo("MET"));

        // 6. daniyar sees the reasons and appeals.
        given().auth().oauth2(daniyar).get(Suite.objection() + "/api/v1/me/objections/" + objectionId).then()
                .statusCode(200).body("result.kk", equalTo("Табыс туралы анықтама ұсынылмаған"))
                .body("reviewedBy", containsString("Asel"));
        String appealId = given().auth().oauth2(daniyar).contentType("application/json")
                .body("{\"grounds\": \"Анықтаманы жібердім, банк оны қарамады\"}")
                .post(Suite.objection() + "/api/v1/me/objections/" + objectionId + "/appeal").then()
                .statusCode(200).body("appeal.status", equalTo("PENDING")).extract().path("appeal.id");

        // 7. The regulator sees the appeal. The queue is oldest first and every test's pending appeals are in it,
        //    so this one is read by its id.
        given().auth().oauth2(Tokens.user("inspector"))
                .get(Suite.objection() + "/api/v1/appeals/" + appealId).then().statusCode(200)
                .body("appeal.status", equalTo("PENDING"))
                .body("operatorId", equalTo(DEMO_BANK_BIN))
                .body("result.ru", equalTo("Справка о доходах не представлена"));

        // The regulator records an outcome, and daniyar reads it.
        given().auth().oauth2(Tokens.user("inspector")).contentType("application/json")
                .body("{\"outcome\": \"UPHELD\", \"explanation\": {\"kk\": \"Банк қайта қарауы тиіс\", \"ru\": \"Банк обязан пересмотреть\"}}")
                .post(Suite.objection() + "/api/v1/appeals/" + appealId + "/decision").then().statusCode(200);
        given().auth().oauth2(daniyar).get(Suite.objection() + "/api/v1/me/objections/" + objectionId).then()
                .statusCode(200).body("appeal.outcome", equalTo("UPHELD"))
                .body("appeal.explanation.kk", equalTo("Банк қайта қарауы тиіс"));

        // Another operator reaches none of it: 404, never 403.
        String telecom = Tokens.operator("demo-telecom");
        given().auth().oauth2(telecom).get(Suite.objection() + "/api/v1/objections/" + objectionId).then().statusCode(404);
        given().auth().oauth2(telecom).get(Suite.objection() + "/api/v1/processing-activities/" + activityId).then().statusCode(404);
        given().auth().oauth2(telecom).get(Suite.objection() + "/api/v1/decisions/" + decisionId.get()).then().statusCode(404);
    }

    @Test
    @DisplayName("Subjects cannot record decisions and operators cannot read the regulator's appeal queue")
    void roles_are_enforced_with_real_tokens() {
        given().auth().oauth2(Tokens.user("daniyar")).contentType("application/json").body("{}")
                .post(Suite.objection() + "/api/v1/decisions").then().statusCode(403);
        given().auth().oauth2(Tokens.operator("demo-bank")).get(Suite.objection() + "/api/v1/appeals").then().statusCode(403);
        given().get(Suite.objection() + "/api/v1/me/decisions").then().statusCode(401);
    }

    private static String purposeBody(String code) {
        return """
                {"code":"%s","title":{"kk":"Несиелік скоринг","ru":"Кредитный скоринг","en":"Credit scoring"},
                 "description":{"kk":"Несие өтінімін қарау үшін табыс пен несие тарихын модель бағалайды, нәтиже отыз күн сақталады",
                   "ru":"Модель оценивает доход и кредитную историю для рассмотрения заявки на кредит, результат хранится тридцать дней",
                   "en":"A model assesses income and credit history to decide a loan application; the result is kept thirty days"},
                 "legalBasis":"CONSENT","untilPurposeAchieved":true,"dataCategories":[{"name":"income","biometric":false,"publicPlaceIdentification":false}],
                 "source":"SUBJECT","recipients":[],"automated":true,"aiSystem":true,
                 "aiComponents":{"kk":"Машиналық оқыту моделі","ru":"Модель машинного обучения","en":"A machine-learning model"}}"""
                .formatted(code);
    }
}
