package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.BANK;
import static kz.kelisim.consent.Given.TELECOM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "demo-bank", roles = "operator")
@OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
class PurposeApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Given given;

    static ObjectNode purpose(String code) {
        ObjectNode p = JSON.createObjectNode();
        p.put("code", code);
        p.set("title", text("Несиелік скоринг", "Кредитный скоринг", "Loan scoring"));
        p.set("description", text(
                "Несие өтінімін қарау үшін табыс пен несие тарихын бағалау, шешім отыз күн сақталады",
                "Оценка дохода и кредитной истории для рассмотрения заявки на кредит, решение хранится тридцать дней",
                "Assess income and credit history to decide a loan application; the decision is kept thirty days"));
        p.put("legalBasis", "CONSENT");
        p.put("maxValidity", "P1Y");
        p.set("dataCategories", JSON.createArrayNode().add(JSON.createObjectNode().put("name", "income")));
        p.put("source", "SUBJECT");
        p.set("recipients", JSON.createArrayNode().add(TELECOM));
        p.put("automated", true);
        return p;
    }

    static ObjectNode text(String kk, String ru, String en) {
        return JSON.createObjectNode().put("kk", kk).put("ru", ru).put("en", en);
    }

    static ValidatableResponse post(ObjectNode body) {
        return given().contentType(ContentType.JSON).body(body.toString()).post("/api/v1/purposes").then();
    }

    @Test
    @DisplayName("PDL-7.8: a specific purpose is registered as version 1; the same definition again creates nothing")
    void registers_a_purpose_once() {
        String code = Given.uniqueCode("scoring");
        post(purpose(code)).statusCode(201).body("version", equalTo(1)).body("recipients", hasItem(TELECOM))
                .header("Location", containsString("/api/v1/purposes/" + code + "/versions/1"));
        post(purpose(code)).statusCode(200).body("version", equalTo(1));
        given().get("/api/v1/purposes").then().statusCode(200).body("code", hasItem(code));
    }

    @Test
    @DisplayName("Changing a purpose's text makes version 2, and the consent given under version 1 keeps version 1")
    void changing_the_text_makes_a_new_version_and_consents_keep_theirs() {
        String code = Given.uniqueCode("scoring");
        post(purpose(code)).statusCode(201);
        String consentId = given.consent(BANK, Given.AIGERIM, code).id().toString();
        ObjectNode changed = purpose(code);
        changed.set("title", text("Несиелік скоринг 2", "Кредитный скоринг 2", "Loan scoring 2"));
        post(changed).statusCode(201).body("version", equalTo(2)).body("current", equalTo(true));
        given().get("/api/v1/consents/" + consentId).then().statusCode(200).body("purposeVersion", equalTo(1));
        given().get("/api/v1/purposes/" + code + "/versions").then().body("version", equalTo(List.of(1, 2)))
                .body("current", equalTo(List.of(false, true)));
        given().get("/api/v1/purposes/" + code + "/versions/1").then().statusCode(200).body("title.en", equalTo("Loan scoring"));
    }

    @Test
    @DisplayName("PDL-7.8: a catch-all purpose is refused with 422 pdl-7-8-purpose-not-specific")
    void catch_all_purpose_is_refused() {
        ObjectNode p = purpose(Given.uniqueCode("any"));
        p.set("description", text("Деректерді банктің кез келген мақсатында өңдеу және сақтау, серіктестерге беру",
                "Обработка данных для любых целей банка и его партнёров без ограничения срока",
                "Processing of the data for any lawful purpose of the bank and its partners"));
        post(p).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://kelisim.kz/problems/pdl-7-8-purpose-not-specific"));
    }

    @Test
    @DisplayName("PDL-7.8: a description too short to be specific is refused with 422")
    void vague_purpose_is_refused() {
        ObjectNode p = purpose(Given.uniqueCode("vague"));
        p.set("description", text("Маркетинг", "Маркетинг", "Marketing"));
        post(p).statusCode(422).body("type", equalTo("https://kelisim.kz/problems/pdl-7-8-purpose-not-specific"));
    }

    @Test
    @DisplayName("PDL-7.11: building a database from publicly available sources is refused with 422")
    void public_source_harvesting_is_refused() {
        ObjectNode p = purpose(Given.uniqueCode("harvest"));
        p.put("source", "PUBLIC_SOURCES");
        p.set("description", text(
                "Ашық әлеуметтік желілерден профильдерді жинап, маркетингтік деректер базасын толықтыру",
                "Сбор профилей из открытых социальных сетей для пополнения маркетинговой базы данных",
                "Collect profiles from open social networks to enlarge the marketing database of prospects"));
        post(p).statusCode(422).body("type", equalTo("https://kelisim.kz/problems/pdl-7-11-public-source-harvesting"));
    }

    @Test
    @DisplayName("PDL-1.2, PDL-7.12: biometric data is personal data; biometric identification in public places without consent is accepted only with a public-interest ground")
    void public_biometric_identification_needs_a_ground() {
        ObjectNode p = purpose(Given.uniqueCode("cctv"));
        p.put("legalBasis", "LAW").put("legalReference", "Law on Law Enforcement Service, Art. 6");
        p.set("dataCategories", JSON.createArrayNode().add(JSON.createObjectNode().put("name", "face image")
                .put("biometric", true).put("publicPlaceIdentification", true)));
        post(p).statusCode(422)
                .body("type", equalTo("https://kelisim.kz/problems/pdl-7-12-public-biometric-identification-without-ground"));
        p.put("publicInterestGround", "PUBLIC_ORDER");
        post(p).statusCode(201);
        p.put("publicInterestGround", "ADVERTISING");
        post(p).statusCode(400).contentType("application/problem+json");
    }

    @Test
    @DisplayName("CPL-27.6: a purpose where an AI system takes part needs its disclosure, else 422")
    void ai_system_needs_disclosure() {
        ObjectNode p = purpose(Given.uniqueCode("ai"));
        p.put("aiSystem", true);
        post(p).statusCode(422).body("type", equalTo("https://kelisim.kz/problems/cpl-27-6-ai-disclosure-required"));
        p.set("aiComponents", text("Скорингтік модель", "Скоринговая модель", "A scoring model ranks applications"));
        post(p).statusCode(201);
    }

    @Test
    @DisplayName("PDL-17.3, INF-35.2-2: a purpose that sends data to the national AI platform records who depersonalises them, else 422")
    void transfer_to_the_national_ai_platform_records_its_depersonaliser_PDL_17_3() {
        ObjectNode p = purpose(Given.uniqueCode("ai-platform"));
        p.set("nationalAiPlatform", JSON.createObjectNode());
        post(p).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://kelisim.kz/problems/pdl-17-3-depersonalisation-not-recorded"))
                .body("detail", containsString("PLATFORM_OPERATOR"));
        p.set("nationalAiPlatform", JSON.createObjectNode().put("depersonalisedBy", "PLATFORM_OPERATOR"));
        post(p).statusCode(201).body("nationalAiPlatform.depersonalisedBy", equalTo("PLATFORM_OPERATOR"));
        p.set("nationalAiPlatform", JSON.createObjectNode().put("depersonalisedBy", "NOBODY"));
        post(p).statusCode(400).body("errors.field", hasItem("nationalAiPlatform.depersonalisedBy"));
        ObjectNode none = purpose(Given.uniqueCode("no-platform"));
        post(none).statusCode(201).body("nationalAiPlatform", nullValue());
    }

    @Test
    @DisplayName("PDL-8.5, PDL-8.6: a purpose declares its term policy, a maximum or until-achieved, exactly one of the two, else 400 naming the field")
    void a_purpose_declares_its_term_policy() {
        ObjectNode p = purpose(Given.uniqueCode("term"));
        p.remove("maxValidity");
        post(p).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("maxValidity"))
                .body("errors.find { it.field == 'maxValidity' }.message", containsString("untilPurposeAchieved"));
        p.put("maxValidity", "P1Y").put("untilPurposeAchieved", true);
        post(p).statusCode(400).body("errors.field", hasItems("untilPurposeAchieved"));
        p.remove("maxValidity");
        post(p).statusCode(201).body("untilPurposeAchieved", equalTo(true)).body("maxValidity", nullValue());
        ObjectNode bounded = purpose(Given.uniqueCode("term"));
        post(bounded).statusCode(201).body("untilPurposeAchieved", equalTo(false)).body("maxValidity", equalTo("P1Y"));
    }

    @Test
    @DisplayName("Malformed purposes get 400 naming every bad field")
    void malformed_purposes_are_400() {
        ObjectNode p = purpose("Bad Code");
        p.set("title", JSON.createObjectNode().put("ru", "Только русский"));
        p.put("legalBasis", "LAW");
        p.put("maxValidity", "one year");
        p.set("dataCategories", JSON.createArrayNode());
        p.set("recipients", JSON.createArrayNode().add("120340004561").add(BANK));
        post(p).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("code", "title.kk", "title.en", "legalReference", "maxValidity",
                        "dataCategories", "recipients[0]", "recipients[1]"));
        given().contentType(ContentType.JSON).body("{\"code\": ").post("/api/v1/purposes").then().statusCode(400);
        given().contentType(ContentType.JSON).post("/api/v1/purposes").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "demo-telecom", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = TELECOM))
    @DisplayName("Operator B gets 404 for operator A's purpose")
    void another_operators_purpose_is_not_found() {
        String code = Given.uniqueCode("bank-only");
        given.purpose(BANK, code, null, List.of());
        given().get("/api/v1/purposes/" + code).then().statusCode(404).contentType("application/problem+json");
        given().post("/api/v1/purposes/" + code + "/achieved").then().statusCode(404);
    }
}
