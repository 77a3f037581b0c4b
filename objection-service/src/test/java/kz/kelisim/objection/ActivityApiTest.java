package kz.kelisim.objection;

import static io.restassured.RestAssured.given;
import static kz.kelisim.objection.TestData.AIGERIM;
import static kz.kelisim.objection.TestData.BANK;
import static kz.kelisim.objection.TestData.DANIYAR;
import static kz.kelisim.objection.TestData.TELECOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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
import java.util.UUID;
import kz.kelisim.contracts.Topics;
import kz.kelisim.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityApiTest {

    @Inject
    TestData data;

    private final ObjectMapper json = new ObjectMapper();

    /** An activity body; {@code aiRisks} and {@code aiSafeUse} become {"kk": "… (kk)", "ru": "… (ru)"}, or null. */
    static String body(String code, String procedureRu, boolean aiUsed, String aiRisks, String aiSafeUse) {
        return """
                {"code": "%s", "name": "Credit scoring",
                 "procedure": {"kk": "Өтінімді модель бағалайды", "ru": %s, "en": "A model scores the application"},
                 "consequences": {"kk": "Несие берілмеуі мүмкін", "ru": "Возможен отказ в кредите"},
                 "legalEffect": true,
                 "legalBasis": {"kind": "CONSENT", "purposeCode": "credit-scoring"},
                 "aiComponents": {"used": %s, "aiRisks": %s, "aiSafeUse": %s},
                 "howToObject": {"kk": "Порталда қарсылық білдіріңіз", "ru": "Подайте возражение на портале"},
                 "howToProtectRights": {"kk": "Уәкілетті органға шағым, 1414", "ru": "Жалоба в уполномоченный орган, 1414"}}
                """.formatted(code, procedureRu == null ? "null" : "\"" + procedureRu + "\"", aiUsed,
                kkRu(aiRisks), kkRu(aiSafeUse));
    }

    static String body(String code, String procedureRu, boolean aiUsed) {
        return body(code, procedureRu, aiUsed, null, null);
    }

    private static String kkRu(String text) {
        return text == null ? "null" : "{\"kk\": \"" + text + " (kk)\", \"ru\": \"" + text + " (ru)\"}";
    }

    static ValidatableResponse write(String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/api/v1/processing-activities").then();
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("PDL-19-1.2: an activity without its Russian procedure stays a DRAFT; publishing it is a 422 naming procedure.ru")
    void activity_without_russian_text_cannot_be_published() {
        String id = write(body(TestData.unique("scoring"), null, false)).statusCode(201)
                .body("status", equalTo("DRAFT")).body("version", equalTo(1))
                .body("missingForPublication", hasItem("procedure.ru")).extract().path("id");
        given().post("/api/v1/processing-activities/" + id + "/publish").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kelisim.kz/problems/pdl-19-1-2-explanation-incomplete"))
                .body("errors.field", hasItem("procedure.ru"));
        given().get("/api/v1/processing-activities/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("CPL-27.6: an activity in which an AI system takes part cannot be published without both its possible risks and its conditions of safe use in kk and ru; the 422 names each missing text")
    void ai_activity_needs_possible_risks_and_conditions_of_safe_use() {
        String neither = write(body(TestData.unique("ai"), "Модель оценивает заявку", true)).statusCode(201)
                .body("missingForPublication", hasItems("aiComponents.aiRisks.kk", "aiComponents.aiRisks.ru",
                        "aiComponents.aiSafeUse.kk", "aiComponents.aiSafeUse.ru"))
                .extract().path("id");
        given().post("/api/v1/processing-activities/" + neither + "/publish").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kelisim.kz/problems/pdl-19-1-2-explanation-incomplete"))
                .body("title", containsString("CPL-27.6"))
                .body("errors.field", containsInAnyOrder("aiComponents.aiRisks.kk", "aiComponents.aiRisks.ru",
                        "aiComponents.aiSafeUse.kk", "aiComponents.aiSafeUse.ru"));

        String risksOnly = write(body(TestData.unique("ai"), "Модель оценивает заявку", true, "Риск ошибки модели", null))
                .statusCode(201).extract().path("id");
        given().post("/api/v1/processing-activities/" + risksOnly + "/publish").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("aiComponents.aiSafeUse.kk", "aiComponents.aiSafeUse.ru"));

        String safeUseWithoutRussian = write(body(TestData.unique("ai"), "Модель оценивает заявку", true, "Риск", null)
                .replace("\"aiSafeUse\": null", "\"aiSafeUse\": {\"kk\": \"Нәтижені адам тексереді\", \"en\": \"A person checks it\"}"))
                .statusCode(201).extract().path("id");
        given().post("/api/v1/processing-activities/" + safeUseWithoutRussian + "/publish").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("aiComponents.aiSafeUse.ru"));
        given().get("/api/v1/processing-activities/" + safeUseWithoutRussian).then().body("status", equalTo("DRAFT"));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("CPL-27.6: an AI text that is not a {kk, ru, en} object gets 400 problem+json naming the field")
    void ai_texts_of_the_wrong_shape_get_400_naming_the_field() {
        write(body("x", "ru", true, null, "Safe use").replace("\"aiRisks\": null", "\"aiRisks\": \"one text for everything\""))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("aiComponents.aiRisks"));
        write(body("x", "ru", true, "Risks", null).replace("\"aiSafeUse\": null", "\"aiSafeUse\": [\"kk\", \"ru\"]"))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("aiComponents.aiSafeUse"));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("PDL-19-1.2: a complete activity is published with an ActivityPublished event; a new version supersedes it")
    void publishing_and_versions() throws Exception {
        String code = TestData.unique("scoring");
        try (TopicReader topic = new TopicReader(Topics.OBJECTION_EVENTS)) {
            String v1 = write(body(code, "Модель оценивает заявку", true, "Риск ошибки модели", "Решение проверяет человек"))
                    .statusCode(201).body("missingForPublication", empty()).extract().path("id");
            given().post("/api/v1/processing-activities/" + v1 + "/publish").then().statusCode(200)
                    .body("status", equalTo("ACTIVE")).body("legalBasis.purposeCode", equalTo("credit-scoring"))
                    .body("aiComponents.used", equalTo(true))
                    .body("aiComponents.aiRisks.kk", equalTo("Риск ошибки модели (kk)"))
                    .body("aiComponents.aiRisks.ru", equalTo("Риск ошибки модели (ru)"))
                    .body("aiComponents.aiSafeUse.kk", equalTo("Решение проверяет человек (kk)"))
                    .body("aiComponents.aiSafeUse.ru", equalTo("Решение проверяет человек (ru)"))
                    .body("aiComponents", not(hasKey("disclosure")));
            ConsumerRecord<String, String> record = topic.await(r -> r.value().contains(v1), Duration.ofSeconds(30));
            JsonNode event = json.readTree(record.value());
            assertThat(event.path("type").asText()).isEqualTo("kz.kelisim.objection.activity-published.v1");
            assertThat(record.key()).isEqualTo(BANK);
            assertThat(event.path("data").path("aiSystemUsed").asBoolean()).isTrue();
        }
        String v2 = write(body(code, "Модель v2 оценивает заявку", true, "Риск", "Проверка")).statusCode(201)
                .body("version", equalTo(2)).extract().path("id");
        given().post("/api/v1/processing-activities/" + v2 + "/publish").then().statusCode(200);
        given().get("/api/v1/processing-activities").then().statusCode(200)
                .body("find { it.code == '" + code + "' && it.version == 1 }.status", equalTo("SUPERSEDED"))
                .body("find { it.code == '" + code + "' && it.version == 2 }.status", equalTo("ACTIVE"));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    void bad_activity_bodies_get_400_problem_json() {
        write("{\"code\": \"x\"").statusCode(400).contentType("application/problem+json");
        write(body("Bad Code!", "ru", false)).statusCode(400).body("errors.field", hasItem("code"));
        write(body("x", "ru", false).replace("\"CONSENT\", \"purposeCode\": \"credit-scoring\"", "\"LAW\""))
                .statusCode(400).body("errors.field", hasItem("legalBasis.lawReference"));
        write(body("x", "ru", false).replace("\"CONSENT\"", "\"MAYBE\"")).statusCode(400);
        given().contentType(ContentType.JSON).body(body("x", "ru", false)).post("/api/v1/processing-activities")
                .then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    @TestSecurity(user = "demo-telecom", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = TELECOM))
    @DisplayName("Operator B gets 404 for operator A's activity and cannot publish it")
    void another_operators_activity_is_not_found() {
        ProcessingActivity bank = data.consentActivity(BANK, TestData.unique("iso"), "credit-scoring");
        given().get("/api/v1/processing-activities/" + bank.id()).then().statusCode(404);
        given().post("/api/v1/processing-activities/" + bank.id() + "/publish").then().statusCode(404);
        given().get("/api/v1/processing-activities").then().body("id", not(hasItem(bank.id().toString())));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = AIGERIM))
    @DisplayName("PDL-19-1.2, CPL-27.6: a subject reads the explanation of each activity that concerns her, with the AI system's possible risks and conditions of safe use as two texts, in Kazakh by default, and no one else's")
    void subject_reads_explanations_of_activities_that_concern_her() {
        String purpose = TestData.unique("purpose");
        ProcessingActivity mine = data.consentActivity(BANK, TestData.unique("mine"), purpose);
        ProcessingActivity withoutAi = data.publish(Texts.draft(BANK, TestData.unique("plain"), true,
                new LegalBasis(BasisKind.CONSENT, purpose, null), false, UUID.randomUUID().toString()));
        ProcessingActivity notMine = data.consentActivity(BANK, TestData.unique("other"), TestData.unique("p"));
        data.consent(AIGERIM, BANK, purpose);
        data.consent(DANIYAR, BANK, notMine.basis().purposeCode());
        String find = "find { it.activityId == '" + mine.id() + "' }";
        String plain = "find { it.activityId == '" + withoutAi.id() + "' }";
        given().get("/api/v1/me/processing-activities").then().statusCode(200)
                .body(find + ".language", equalTo("kk"))
                .body(find + ".procedure", equalTo("Өтінімді модель автоматты түрде бағалайды"))
                .body(find + ".aiSystemUsed", equalTo(true))
                .body(find + ".aiRisks", equalTo("Model risks (kk)"))
                .body(find + ".aiSafeUse", equalTo("Safe use of the score (kk)"))
                .body(find, not(hasKey("aiDisclosure")))
                .body(plain + ".aiSystemUsed", equalTo(false))
                .body(plain + ".aiRisks", nullValue())
                .body(plain + ".aiSafeUse", nullValue())
                .body(find + ".howToProtectRights", equalTo("Appeal to the regulator, 1414 (kk)"))
                .body("activityId", not(hasItem(notMine.id().toString())));
        given().header("Accept-Language", "ru-RU,ru;q=0.9").get("/api/v1/me/processing-activities").then()
                .body(find + ".procedure", equalTo("Заявку автоматически оценивает модель"))
                .body(find + ".aiRisks", equalTo("Model risks (ru)"))
                .body(find + ".aiSafeUse", equalTo("Safe use of the score (ru)"));
        given().header("Accept-Language", "en").get("/api/v1/me/processing-activities").then()
                .body(find + ".consequences", equalTo("A refusal of the loan (en)"))
                .body(find + ".aiRisks", equalTo("Model risks (en)"))
                .body(find + ".aiSafeUse", equalTo("Safe use of the score (en)"))
                .body(find + ".legalBasis.lawReference", nullValue());
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = AIGERIM))
    void subjects_cannot_write_activities() {
        write(body("x", "ru", false)).statusCode(403).contentType("application/problem+json");
    }
}
