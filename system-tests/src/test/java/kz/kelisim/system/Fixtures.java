package kz.kelisim.system;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of the unrelated demo operator (demo-insurer) for the hostile-input tests, created through
 * the APIs: a purpose, an activity, and on demand obligations, decisions, objections and appeals,
 * so every generated request points at something that exists.
 */
final class Fixtures {

    static final String AIGERIM = "900515401230";

    final String purpose = "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
    final String activity = "fuzz-activity-" + UUID.randomUUID().toString().substring(0, 8);
    final String activityId;

    Fixtures() {
        post(insurer(), Suite.consent() + "/api/v1/purposes", purposeBody(purpose));
        activityId = post(insurer(), Suite.objection() + "/api/v1/processing-activities", activityBody(activity));
        post(insurer(), Suite.objection() + "/api/v1/processing-activities/" + activityId + "/publish", null);
    }

    /** A fresh active consent of aigerim's to demo-insurer. */
    String consent() {
        return post(insurer(), Suite.consent() + "/api/v1/consents",
                "{\"subjectIin\":\"" + AIGERIM + "\",\"purposeCode\":\"" + purpose + "\"}");
    }

    /** An open stop obligation of demo-insurer: aigerim revokes a fresh consent. */
    String obligation() {
        String consent = post(insurer(), Suite.consent() + "/api/v1/consents",
                "{\"subjectIin\":\"" + AIGERIM + "\",\"purposeCode\":\"" + purpose + "\"}");
        return given().auth().oauth2(Tokens.user("aigerim"))
                .post(Suite.consent() + "/api/v1/me/consents/" + consent + "/revocation")
                .then().statusCode(201).extract().path("obligations[0].id");
    }

    String decision() {
        return post(insurer(), Suite.objection() + "/api/v1/decisions", "{\"activityCode\":\"" + activity
                + "\",\"subjectIin\":\"" + AIGERIM + "\",\"outcome\":\"Limit lowered\",\"decidedAt\":\""
                + Instant.now() + "\"}");
    }

    String objection() {
        return post(Tokens.user("aigerim"), Suite.objection() + "/api/v1/me/objections",
                "{\"decisionId\":\"" + decision() + "\",\"remedy\":\"HUMAN_REVIEW\",\"reason\":\"My income was not counted\"}");
    }

    String rejectedObjection() {
        String objection = objection();
        post(insurer(), Suite.objection() + "/api/v1/objections/" + objection + "/resolution",
                "{\"outcome\":\"REJECTED\",\"reviewedBy\":\"Asel\",\"reasons\":{\"kk\":\"Негізсіз\",\"ru\":\"Необоснованно\"}}");
        return objection;
    }

    String appeal() {
        return given().auth().oauth2(Tokens.user("aigerim")).contentType("application/json")
                .body("{\"grounds\":\"I sent the proof\"}")
                .post(Suite.objection() + "/api/v1/me/objections/" + rejectedObjection() + "/appeal")
                .then().statusCode(200).extract().path("appeal.id");
    }

    String breach() {
        return post(insurer(), Suite.notification() + "/api/v1/breaches", "{\"detectedAt\":\"" + Instant.now().minusSeconds(600)
                + "\",\"description\":\"Backup copied\",\"dataCategories\":[\"IIN\"],\"measures\":\"Closed\","
                + "\"subjects\":[{\"iin\":\"" + AIGERIM + "\"}]}");
    }

    /** A complete operator profile (names in kk, ru and en, the BRN-1 responsible person). */
    static String operatorBody() {
        return """
                {"name":{"kk":"Фазз Тест ЖШС","ru":"ТОО «Фазз Тест»","en":"Fuzz Test LLP"},
                 "description":{"kk":"Сынақ ұйымы","ru":"Тестовая организация","en":"A test organisation"},
                 "legalAddress":"Almaty, Abay avenue 1",
                 "responsible":{"name":"Aigul Serikova","email":"dpo@fuzz.kz","phone":"+7 727 000 00 00"},
                 "privacyNoticeUrl":"https://fuzz.kz/privacy"}""";
    }

    static String purposeBody(String code) {
        return """
                {"code":"%s","title":{"kk":"Сақтандыру бағасы","ru":"Страховая оценка","en":"Insurance pricing"},
                 "description":{"kk":"Сақтандыру шартының бағасын есептеу үшін жүргізу тарихы мен жасын бағалау, нәтиже бір жыл сақталады",
                   "ru":"Оценка стажа вождения и возраста для расчёта цены страхового договора, результат хранится один год",
                   "en":"Assess driving history and age to price an insurance contract; the result is kept for one year"},
                 "legalBasis":"CONSENT","untilPurposeAchieved":true,"dataCategories":[{"name":"driving history","biometric":false,"publicPlaceIdentification":false}],
                 "source":"SUBJECT","recipients":[],"automated":true,"aiSystem":false}""".formatted(code);
    }

    static String activityBody(String code) {
        return """
                {"code":"%s","name":"Premium review","legalEffect":true,"legalBasis":{"kind":"LAW","lawReference":"Law on Insurance, Art. 9"},
                 "procedure":{"kk":"Бағаны модель есептейді","ru":"Цену рассчитывает модель","en":"A model prices it"},
                 "consequences":{"kk":"Баға өсуі мүмкін","ru":"Цена может вырасти","en":"The price may rise"},
                 "aiComponents":{"used":false},
                 "howToObject":{"kk":"Порталда","ru":"На портале","en":"In the portal"},
                 "howToProtectRights":{"kk":"Уәкілетті орган","ru":"Уполномоченный орган","en":"The regulator"}}""".formatted(code);
    }

    private static String insurer() {
        return Tokens.operator("demo-insurer");
    }

    private static String post(String token, String url, String body) {
        var request = given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString());
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        var response = request.post(url);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Fixture POST " + url + " got " + response.statusCode() + ": " + response.asString());
        }
        return response.path("id");
    }
}
