package kz.kelisim.system.matrix;

import static kz.kelisim.system.matrix.Who.OPERATOR_A;
import static kz.kelisim.system.matrix.Who.SUBJECT_A;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import kz.kelisim.system.Suite;

/**
 * The data the matrix's calls point at, created through the real APIs: operator A's purpose shared
 * with the third party, subject A's consent naming her legal representative, a revocation with its
 * obligations, an explained activity, a decision, objections and an appeal. Factories make a fresh
 * one for every cell whose call changes what it touches.
 */
final class World {

    static final String AIGERIM = "900515401230";
    static final String GULNARA = "880502400037";
    static final String TELECOM = "120340004562";
    static final String BANK = "050140001238";

    final String purposeCode = newPurpose();
    final String consentId = newConsent(purposeCode);
    final String obligationId = newObligation();
    final String activityId;
    final String activityCode;
    final String decisionId;
    final String objectionId;
    final String appealId;
    final String noticeId;
    final String breachId;
    final String deliveryId;

    World() {
        JsonNode activity = newActivity(true);
        activityId = activity.path("id").asText();
        activityCode = activity.path("code").asText();
        decisionId = newDecision(activityCode);
        objectionId = newObjection(decisionId);
        appealId = newAppeal();
        breachId = Api.ok(OPERATOR_A, "POST", Suite.notification() + "/api/v1/breaches", breachBody()).path("id").asText();
        newWebhook();
        // A revocation makes consent-service publish consent.revoked.v1, which notification-service
        // turns into a notice for A and a webhook delivery for operator A (to an address that refuses).
        newObligation();
        noticeId = awaitFirst(SUBJECT_A, "/api/v1/me/notifications", "id");
        deliveryId = awaitFirst(OPERATOR_A, "/api/v1/webhooks/deliveries", "id");
    }

    /**
     * Waits for the list at the path to have an element, and returns that element's field. Any element serves:
     * on an empty test profile the first one crosses the outbox, Kafka and notification-service, so allow a minute.
     */
    static String awaitFirst(Who who, String path, String field) {
        for (int attempt = 0; attempt < 300; attempt++) {
            JsonNode list = Api.ok(who, "GET", Suite.notification() + path, null);
            if (list.isArray() && !list.isEmpty()) {
                return list.get(0).path(field).asText();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Nothing arrived at " + path + " for " + who + " within 60 s");
    }

    /** Operator A's webhook to an address that refuses connections, so its deliveries fail. */
    static String newWebhook() {
        return Api.ok(OPERATOR_A, "POST", Suite.notification() + "/api/v1/webhooks",
                "{\"url\":\"http://127.0.0.1:9/matrix\",\"eventTypes\":[\"*\"]}").path("id").asText();
    }

    static String breachBody() {
        return """
                {"detectedAt":"%s","description":"A backup was copied to an unprotected share","dataCategories":["IIN"],
                 "measures":"Share closed, access revoked","responsible":{"name":"Ерлан Әбенов","phone":"+77172000000"},
                 "subjects":[{"iin":"%s"}]}""".formatted(Instant.now().minusSeconds(3600), AIGERIM);
    }

    static String emailOf(Who who) {
        return java.util.Map.of(Who.SUBJECT_A, "aigerim@example.kz", Who.SUBJECT_B, "daniyar@example.kz",
                Who.REPRESENTATIVE_A, "gulnara@example.kz").getOrDefault(who, "nobody@example.kz");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String newPurpose() {
        String code = unique("matrix");
        Api.ok(OPERATOR_A, "POST", Suite.consent() + "/api/v1/purposes", purposeBody(code));
        return code;
    }

    /** Demo Bank's profile as deploy/local/demo-data.sh puts it, so a matrix call renames no one. */
    static String operatorBody() {
        return """
                {"name":{"kk":"Демо Банк АҚ","ru":"АО «Демо Банк»","en":"Demo Bank JSC"},
                 "description":{"kk":"Жеке тұлғаларға несие мен төлем карталарын беретін банк",
                                "ru":"Банк, выдающий кредиты и платёжные карты физическим лицам",
                                "en":"A bank lending to individuals and issuing payment cards"},
                 "legalAddress":"050000, Almaty, Abay avenue 1",
                 "responsible":{"name":"Aigul Serikova","email":"dpo@demo-bank.kz","phone":"+7 727 000 00 01"},
                 "privacyNoticeUrl":"https://demo-bank.kz/privacy"}""";
    }

    static String purposeBody(String code) {
        return """
                {"code":"%s","title":{"kk":"Несиелік скоринг","ru":"Кредитный скоринг","en":"Loan scoring"},
                 "description":{"kk":"Несие өтінімін қарау үшін табыс пен несие тарихын бағалау, шешім отыз күн сақталады",
                   "ru":"Оценка дохода и кредитной истории для рассмотрения заявки на кредит, решение хранится тридцать дней",
                   "en":"Assess income and credit history to decide a loan application; the decision is kept thirty days"},
                 "legalBasis":"CONSENT","untilPurposeAchieved":true,"dataCategories":[{"name":"income","biometric":false,"publicPlaceIdentification":false}],
                 "source":"SUBJECT","recipients":["%s"],"automated":true,"aiSystem":false}""".formatted(code, TELECOM);
    }

    /** Subject A's consent to the purpose, given through her legal representative's power of attorney. */
    static String newConsent(String purposeCode) {
        return Api.ok(OPERATOR_A, "POST", Suite.consent() + "/api/v1/consents", consentBody(purposeCode)).path("id").asText();
    }

    static String consentBody(String purposeCode) {
        return """
                {"subjectIin":"%s","purposeCode":"%s",
                 "representative":{"iin":"%s","basis":"POWER_OF_ATTORNEY","document":"notarised power of attorney 1"},
                 "evidence":{"channel":"web","noticeVersion":"v1","language":"kk","collectedAt":"%s","method":"checkbox"}}"""
                .formatted(AIGERIM, purposeCode, GULNARA, Instant.now().minusSeconds(60));
    }

    /** Operator A's stop obligation after subject A revoked a fresh consent. */
    String newObligation() {
        String consent = newConsent(purposeCode);
        JsonNode revocation = Api.ok(SUBJECT_A, "POST", Suite.consent() + "/api/v1/me/consents/" + consent + "/revocation", null);
        for (JsonNode o : revocation.path("obligations")) {
            if (o.path("partyId").asText().equals("050140001238")) {
                return o.path("id").asText();
            }
        }
        throw new IllegalStateException("No obligation for operator A in " + revocation);
    }

    /** A published activity with a legal effect on the basis of a law, so decisions need no consent. */
    static JsonNode newActivity(boolean publish) {
        String code = unique("matrix-activity");
        JsonNode activity = Api.ok(OPERATOR_A, "POST", Suite.objection() + "/api/v1/processing-activities", """
                {"code":"%s","name":"Credit limit review","legalEffect":true,
                 "legalBasis":{"kind":"LAW","lawReference":"Law on Banks, Art. 34"},
                 "procedure":{"kk":"Лимитті модель адамның қатысуынсыз есептейді","ru":"Лимит без участия человека рассчитывает модель","en":"A model sets the limit"},
                 "consequences":{"kk":"Лимит азаюы мүмкін","ru":"Лимит может уменьшиться","en":"The limit may go down"},
                 "aiComponents":{"used":false},
                 "howToObject":{"kk":"Порталда қарсылық білдіріңіз","ru":"Подайте возражение на портале","en":"Object in the portal"},
                 "howToProtectRights":{"kk":"Уәкілетті органға шағым","ru":"Жалоба в уполномоченный орган","en":"Appeal to the regulator"}}"""
                .formatted(code));
        if (publish) {
            Api.ok(OPERATOR_A, "POST", Suite.objection() + "/api/v1/processing-activities/" + activity.path("id").asText()
                    + "/publish", null);
        }
        return activity;
    }

    static String newDecision(String activityCode) {
        return Api.ok(OPERATOR_A, "POST", Suite.objection() + "/api/v1/decisions", """
                {"activityCode":"%s","subjectIin":"%s","outcome":"Limit lowered","decidedAt":"%s"}"""
                .formatted(activityCode, AIGERIM, Instant.now())).path("id").asText();
    }

    static String newObjection(String decisionId) {
        return Api.ok(SUBJECT_A, "POST", Suite.objection() + "/api/v1/me/objections", """
                {"decisionId":"%s","remedy":"HUMAN_REVIEW","reason":"My income was not counted"}"""
                .formatted(decisionId)).path("id").asText();
    }

    /** An objection operator A rejected, ready to be appealed. */
    String newRejectedObjection() {
        String objection = newObjection(newDecision(activityCode));
        Api.ok(OPERATOR_A, "POST", Suite.objection() + "/api/v1/objections/" + objection + "/resolution", """
                {"outcome":"REJECTED","reviewedBy":"Asel Omarova",
                 "reasons":{"kk":"Табыс туралы анықтама жоқ","ru":"Нет справки о доходах","en":"No proof of income"}}""");
        return objection;
    }

    String newAppeal() {
        JsonNode appealed = Api.ok(SUBJECT_A, "POST", Suite.objection() + "/api/v1/me/objections/" + newRejectedObjection()
                + "/appeal", "{\"grounds\":\"I sent the proof\"}");
        return appealed.path("appeal").path("id").asText();
    }
}
