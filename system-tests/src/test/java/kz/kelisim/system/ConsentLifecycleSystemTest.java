package kz.kelisim.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The consent lifecycle on the running suite with real Keycloak tokens: purpose, consent, check,
 * revocation, one stop obligation per party (PDL-8.7), each party's answer, and tenant isolation.
 */
class ConsentLifecycleSystemTest {

    static final String AIGERIM_IIN = "900515401230";
    static final String DEMO_BANK_BIN = "050140001238";
    static final String DEMO_TELECOM_BIN = "120340004562";

    /** Registers a specific purpose (PDL-7.8) for the token's operator; the same definition again is a no-op. */
    static void registerPurpose(String token, String code, String... recipients) {
        String recipientList = String.join(",", Arrays.stream(recipients).map(r -> "\"" + r + "\"").toList());
        given().auth().oauth2(token).contentType("application/json")
                .body("""
                        {"code":"%s",
                         "title":{"kk":"Несиелік скоринг","ru":"Кредитный скоринг","en":"Loan scoring"},
                         "description":{"kk":"Несие өтінімін қарау үшін табыс пен несие тарихын бағалау, шешім отыз күн сақталады",
                                        "ru":"Оценка дохода и кредитной истории для рассмотрения заявки на кредит, решение хранится тридцать дней",
                                        "en":"Assess income and credit history to decide a loan application; the decision is kept thirty days"},
                         "legalBasis":"CONSENT","maxValidity":"P1Y",
                         "dataCategories":[{"name":"income"},{"name":"credit history"}],
                         "source":"SUBJECT","recipients":[%s],"automated":true}""".formatted(code, recipientList))
                .post(Suite.consent() + "/api/v1/purposes")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    @Test
    @DisplayName("PDL-8.7: aigerim revokes in one call; the check says no at once; demo-bank and demo-telecom each answer their own obligation, due the same day; neither sees the other's")
    void revocation_obliges_every_party_and_each_answers_its_own() {
        String bank = Tokens.operator("demo-bank");
        String telecom = Tokens.operator("demo-telecom");
        String aigerim = Tokens.user("aigerim");
        String code = "system-shared-" + UUID.randomUUID().toString().substring(0, 8);

        // 1. demo-bank registers a purpose shared with demo-telecom and records aigerim's consent.
        registerPurpose(bank, code, DEMO_TELECOM_BIN);
        String consentId = given().auth().oauth2(bank).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"subjectIin\":\"" + AIGERIM_IIN + "\",\"purposeCode\":\"" + code + "\","
                        + "\"evidence\":{\"channel\":\"branch\",\"language\":\"kk\",\"method\":\"signature\"}}")
                .post(Suite.consent() + "/api/v1/consents")
                .then().statusCode(201).body("purposeVersion", equalTo(1)).extract().path("id");

        // 2. The consent check says allowed.
        check(bank, code).body("allowed", equalTo(true)).body("consentId", equalTo(consentId));

        // 3. aigerim revokes in one call.
        given().auth().oauth2(aigerim).post(Suite.consent() + "/api/v1/me/consents/" + consentId + "/revocation")
                .then().statusCode(201);

        // 4. The check says not allowed immediately.
        check(bank, code).body("allowed", equalTo(false)).body("status", equalTo("REVOKED"));

        // 5. Both parties see their obligation, with the same due date.
        Map<String, Object> bankObligation = obligationOf(bank, consentId);
        Map<String, Object> telecomObligation = obligationOf(telecom, consentId);
        assertThat(bankObligation.get("partyId")).isEqualTo(DEMO_BANK_BIN);
        assertThat(telecomObligation.get("partyId")).isEqualTo(DEMO_TELECOM_BIN);
        assertThat(telecomObligation.get("thirdParty")).isEqualTo(true);
        assertThat(telecomObligation.get("dueAt")).isEqualTo(bankObligation.get("dueAt"));
        assertThat(bankObligation.get("workingDaysLeft")).isEqualTo(15);

        // 7. Neither operator sees or answers the other's obligation, nor demo-bank's consent.
        given().auth().oauth2(telecom).get(Suite.consent() + "/api/v1/obligations/" + bankObligation.get("id"))
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(telecom).contentType("application/json").body(refusal())
                .post(Suite.consent() + "/api/v1/obligations/" + bankObligation.get("id") + "/refusal")
                .then().statusCode(404);
        given().auth().oauth2(bank).contentType("application/json").body(stop())
                .post(Suite.consent() + "/api/v1/obligations/" + telecomObligation.get("id") + "/stopped")
                .then().statusCode(404);
        given().auth().oauth2(telecom).get(Suite.consent() + "/api/v1/consents/" + consentId).then().statusCode(404);
        given().auth().oauth2(telecom).get(Suite.consent() + "/api/v1/consents/" + consentId + "/receipt").then().statusCode(404);

        // 6. demo-telecom confirms the stop, demo-bank refuses under the legislation (a normative legal act), aigerim sees both.
        given().auth().oauth2(telecom).contentType("application/json").body(stop())
                .post(Suite.consent() + "/api/v1/obligations/" + telecomObligation.get("id") + "/stopped")
                .then().statusCode(200).body("status", equalTo("STOPPED")).body("deadlineState", equalTo("MET"));
        given().auth().oauth2(bank).contentType("application/json").body("{\"reasons\":{\"kk\":\"x\",\"ru\":\"y\"}}")
                .post(Suite.consent() + "/api/v1/obligations/" + bankObligation.get("id") + "/refusal")
                .then().statusCode(422).body("type", equalTo("https://kelisim.kz/problems/pdl-8-7-refusal-without-legislation"))
                .body("title", containsString("legislation"));
        given().auth().oauth2(bank).contentType("application/json")
                .body("{\"legalAct\":{\"kind\":\"LAW\",\"number\":\"234-III\",\"date\":\"2007-02-28\"},\"reasons\":{\"kk\":\"x\",\"ru\":\"y\"}}")
                .post(Suite.consent() + "/api/v1/obligations/" + bankObligation.get("id") + "/refusal")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("legalAct.article"));
        given().auth().oauth2(bank).contentType("application/json").body(refusal())
                .post(Suite.consent() + "/api/v1/obligations/" + bankObligation.get("id") + "/refusal")
                .then().statusCode(200).body("status", equalTo("REFUSED")).body("legalAct.kind", equalTo("LAW"));

        given().auth().oauth2(aigerim).get(Suite.consent() + "/api/v1/me/consents/" + consentId)
                .then().statusCode(200)
                .body("consent.status", equalTo("REVOKED"))
                .body("obligations.find { it.partyId == '" + DEMO_TELECOM_BIN + "' }.status", equalTo("STOPPED"))
                .body("obligations.find { it.partyId == '" + DEMO_BANK_BIN + "' }.status", equalTo("REFUSED"))
                .body("obligations.find { it.partyId == '" + DEMO_BANK_BIN + "' }.legalAct.number", equalTo("234-III"))
                .body("obligations.find { it.partyId == '" + DEMO_BANK_BIN + "' }.citation.en",
                        equalTo("Law of the Republic of Kazakhstan No. 234-III of 28 February 2007, Article 17, paragraph 1"))
                .body("obligations.find { it.partyId == '" + DEMO_BANK_BIN + "' }.citation.kk",
                        equalTo("Қазақстан Республикасының 2007 жылғы 28 ақпандағы № 234-III Заңы, 17-бап, 1-тармақ"))
                .body("history.action", hasItem("STOP_REFUSED"));
        given().auth().oauth2(Tokens.user("daniyar")).get(Suite.consent() + "/api/v1/me/consents")
                .then().statusCode(200).body("id", not(hasItem(consentId)));
    }

    @Test
    @DisplayName("The receipt's signing keys are public at /.well-known/jwks.json")
    void jwks_is_public() {
        given().get(Suite.consent() + "/.well-known/jwks.json").then().statusCode(200).body("keys[0].alg", equalTo("ES256"));
    }

    private static io.restassured.response.ValidatableResponse check(String token, String code) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"subjectIin\":\"" + AIGERIM_IIN + "\",\"purposeCode\":\"" + code + "\"}")
                .post(Suite.consent() + "/api/v1/consent-checks").then().statusCode(200);
    }

    private static Map<String, Object> obligationOf(String token, String consentId) {
        List<Map<String, Object>> all = given().auth().oauth2(token).get(Suite.consent() + "/api/v1/obligations?status=OPEN")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.consentId == '" + consentId + "' }");
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static String stop() {
        return "{\"stoppedAt\":\"" + java.time.Instant.now().minusSeconds(1) + "\",\"evidence\":\"Subscriber profile deleted from the scoring feed\"}";
    }

    private static String refusal() {
        return """
                {"legalAct":{"kind":"LAW","number":"234-III","date":"2007-02-28","article":"17.1"},
                 "reasons":{"kk":"Бухгалтерлік құжаттар заң бойынша бес жыл сақталады",
                            "ru":"Бухгалтерские документы хранятся пять лет по закону",
                            "en":"Accounting records must be kept for five years by law"}}""";
    }
}
