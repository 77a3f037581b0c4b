package kz.kelisim.system.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import kz.kelisim.system.Suite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of every service, called by every kind of caller with real tokens, against the
 * expected outcome. Across tenants the answer is 404, so existence never leaks; where another
 * operator names A's purpose or activity code in a body, the lookup is scoped to the caller and the
 * answer is the same 422 as for a code that does not exist at all. An endpoint that a
 * service publishes in its OpenAPI without a row here fails the test.
 *
 * <p>Callers, in column order: anonymous, subject A, subject B, A's legal representative,
 * operator A, operator B, the third party of A's purpose, the regulator, the admin.
 */
class AuthorizationMatrixTest {

    private static World world;

    @BeforeAll
    static void createFixtures() {
        world = new World();
    }

    private static List<Row> rows() {
        World w = world;
        String c = Suite.consent();
        String o = Suite.objection();
        List<Row> rows = new ArrayList<>();
        String n = Suite.notification();
        for (Map.Entry<String, String> service : Map.of("consent", c, "objection", o, "notification", n).entrySet()) {
            String base = service.getValue();
            String name = service.getKey();
            rows.add(Row.of(name, "GET", "/api/v1/whoami", url(base + "/api/v1/whoami"), null,
                    "401 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx"));
            rows.add(Row.of(name, "GET", "/api/v1/calendar/deadline",
                    url(base + "/api/v1/calendar/deadline?received=2026-10-20&workingDays=15"), null,
                    "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx"));
            rows.add(Row.of(name, "GET", "/api/v1/calendar/{year}", url(base + "/api/v1/calendar/2026"), null,
                    "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx"));
        }

        // consent-service
        rows.add(Row.of("consent", "GET", "/.well-known/jwks.json", url(c + "/.well-known/jwks.json"), null,
                "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx"));
        rows.add(Row.of("consent", "PUT", "/api/v1/calendar/{year}", url(c + "/api/v1/calendar/2099"), "text/plain",
                () -> "year = 2099", "401 403 403 403 403 403 403 403 400"));
        // The operator directory: every signed-in caller reads names; an operator puts only its own profile
        // (demo-bank's BIN here), an administrator any.
        rows.add(Row.of("consent", "GET", "/api/v1/operators", url(c + "/api/v1/operators"), null,
                "401 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx"));
        rows.add(Row.of("consent", "GET", "/api/v1/operators/{bin}", url(c + "/api/v1/operators/" + World.BANK), null,
                "401 2xx|404 2xx|404 2xx|404 2xx|404 2xx|404 2xx|404 2xx|404 2xx|404"));
        rows.add(Row.of("consent", "PUT", "/api/v1/operators/{bin}", url(c + "/api/v1/operators/" + World.BANK),
                World::operatorBody, "401 403 403 403 2xx 403 403 403 2xx"));
        rows.add(Row.of("consent", "POST", "/api/v1/purposes", url(c + "/api/v1/purposes"),
                () -> World.purposeBody(World.unique("m")).replace("\"" + World.TELECOM + "\"", ""),
                "401 403 403 403 2xx 2xx 2xx 403 403"));
        rows.add(Row.of("consent", "GET", "/api/v1/purposes", url(c + "/api/v1/purposes"), null,
                "401 403 403 403 2xx 2xx 2xx 403 403"));
        rows.add(Row.of("consent", "GET", "/api/v1/purposes/{code}", url(c + "/api/v1/purposes/" + w.purposeCode), null,
                "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("consent", "GET", "/api/v1/purposes/{code}/versions",
                url(c + "/api/v1/purposes/" + w.purposeCode + "/versions"), null, "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("consent", "GET", "/api/v1/purposes/{code}/versions/{version}",
                url(c + "/api/v1/purposes/" + w.purposeCode + "/versions/1"), null, "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("consent", "POST", "/api/v1/purposes/{code}/achieved",
                () -> c + "/api/v1/purposes/" + World.newPurpose() + "/achieved", null, "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("consent", "POST", "/api/v1/consents", url(c + "/api/v1/consents"),
                () -> World.consentBody(w.purposeCode), "401 403 403 403 2xx 422 422 403 403"));
        rows.add(Row.of("consent", "GET", "/api/v1/consents/{id}", url(c + "/api/v1/consents/" + w.consentId), null,
                "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("consent", "POST", "/api/v1/consents/{id}/purpose-achieved",
                () -> c + "/api/v1/consents/" + World.newConsent(w.purposeCode) + "/purpose-achieved", null,
                "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("consent", "GET", "/api/v1/consents/{id}/receipt", url(c + "/api/v1/consents/" + w.consentId + "/receipt"),
                null, "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("consent", "POST", "/api/v1/consents:import", url(c + "/api/v1/consents:import"), "application/x-ndjson",
                () -> World.consentBody(w.purposeCode).replace("\n", "") + "\n", "401 403 403 403 2xx 2xx 2xx 403 403"));
        rows.add(Row.of("consent", "POST", "/api/v1/consent-checks", url(c + "/api/v1/consent-checks"),
                () -> "{\"subjectIin\":\"" + World.AIGERIM + "\",\"purposeCode\":\"" + w.purposeCode + "\"}",
                "401 403 403 403 2xx 2xx 2xx 403 403"));
        rows.add(Row.of("consent", "POST", "/api/v1/consent-checks:batch", url(c + "/api/v1/consent-checks:batch"),
                () -> "{\"items\":[{\"subjectIin\":\"" + World.AIGERIM + "\",\"purposeCode\":\"" + w.purposeCode + "\"}]}",
                "401 403 403 403 2xx 2xx 2xx 403 403"));
        rows.add(Row.of("consent", "GET", "/api/v1/me/consents", url(c + "/api/v1/me/consents"), null,
                "401 2xx 2xx 2xx 403 403 403 403 403"));
        rows.add(Row.of("consent", "GET", "/api/v1/me/consents/{id}", url(c + "/api/v1/me/consents/" + w.consentId), null,
                "401 2xx 404 2xx 403 403 403 403 403"));
        rows.add(Row.of("consent", "POST", "/api/v1/me/consents/{id}/revocation",
                () -> c + "/api/v1/me/consents/" + World.newConsent(w.purposeCode) + "/revocation", null,
                "401 2xx 404 2xx 403 403 403 403 403"));
        rows.add(Row.of("consent", "POST", "/api/v1/consents/{id}/revocation",
                () -> c + "/api/v1/consents/" + World.newConsent(w.purposeCode) + "/revocation",
                () -> "{\"receivedAt\":\"" + java.time.Instant.now() + "\",\"channel\":\"PAPER\",\"revokedBy\":\""
                        + World.AIGERIM + "\",\"evidence\":\"Letter No. 1\"}",
                "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("consent", "GET", "/api/v1/me/consents/{id}/receipt",
                url(c + "/api/v1/me/consents/" + w.consentId + "/receipt"), null, "401 2xx 404 2xx 403 403 403 403 403"));
        rows.add(Row.of("consent", "GET", "/api/v1/obligations", url(c + "/api/v1/obligations"), null,
                "401 403 403 403 2xx 2xx 2xx 403 403"));
        rows.add(Row.of("consent", "GET", "/api/v1/obligations/{id}", url(c + "/api/v1/obligations/" + w.obligationId), null,
                "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("consent", "POST", "/api/v1/obligations/{id}/stopped",
                () -> c + "/api/v1/obligations/" + w.newObligation() + "/stopped",
                () -> "{\"stoppedAt\":\"" + java.time.Instant.now().minusSeconds(1) + "\",\"evidence\":\"deleted\"}",
                "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("consent", "POST", "/api/v1/obligations/{id}/refusal",
                () -> c + "/api/v1/obligations/" + w.newObligation() + "/refusal",
                () -> "{\"legalAct\":{\"kind\":\"LAW\",\"number\":\"234-III\",\"date\":\"2007-02-28\",\"article\":\"17.1\"},"
                        + "\"reasons\":{\"kk\":\"Заңнама бойынша сақталады\",\"ru\":\"Законодательство требует хранить\"}}",
                "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("consent", "GET", "/api/v1/audit", url(c + "/api/v1/audit"), null,
                "401 403 403 403 2xx 2xx 2xx 2xx 403"));
        rows.add(Row.of("consent", "GET", "/api/v1/audit/verify", url(c + "/api/v1/audit/verify"), null,
                "401 403 403 403 403 403 403 2xx 2xx"));
        rows.add(Row.of("consent", "GET", "/api/v1/audit/heads/latest", url(c + "/api/v1/audit/heads/latest"), null,
                "401 403 403 403 2xx 2xx 2xx 2xx 2xx"));
        rows.add(Row.of("consent", "GET", "/api/v1/audit/heads", url(c + "/api/v1/audit/heads?from=0"), null,
                "401 403 403 403 2xx 2xx 2xx 2xx 2xx"));
        // A well-formed hash of no leaf: every reader gets the same 404, so the row shows who may ask.
        rows.add(Row.of("consent", "GET", "/api/v1/audit/proofs/inclusion",
                url(c + "/api/v1/audit/proofs/inclusion?leafHash=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D&treeSize=1"), null,
                "401 403 403 403 404 404 404 404 404"));
        rows.add(Row.of("consent", "GET", "/api/v1/audit/proofs/consistency",
                url(c + "/api/v1/audit/proofs/consistency?first=0&second=0"), null, "401 403 403 403 2xx 2xx 2xx 2xx 2xx"));
        rows.add(Row.of("consent", "GET", "/api/v1/audit/leaves", url(c + "/api/v1/audit/leaves?start=0&end=0"), null,
                "401 403 403 403 2xx 2xx 2xx 2xx 2xx"));

        // objection-service
        rows.add(Row.of("objection", "GET", "/.well-known/jwks.json", url(o + "/.well-known/jwks.json"), null,
                "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx"));
        rows.add(Row.of("objection", "POST", "/api/v1/processing-activities", url(o + "/api/v1/processing-activities"),
                () -> activityBody(World.unique("m")), "401 403 403 403 2xx 2xx 2xx 403 403"));
        rows.add(Row.of("objection", "GET", "/api/v1/processing-activities", url(o + "/api/v1/processing-activities"), null,
                "401 403 403 403 2xx 2xx 2xx 403 403"));
        rows.add(Row.of("objection", "GET", "/api/v1/processing-activities/{id}",
                url(o + "/api/v1/processing-activities/" + w.activityId), null, "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("objection", "POST", "/api/v1/processing-activities/{id}/publish",
                () -> o + "/api/v1/processing-activities/" + World.newActivity(false).path("id").asText() + "/publish", null,
                "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("objection", "GET", "/api/v1/me/processing-activities", url(o + "/api/v1/me/processing-activities"),
                null, "401 2xx 2xx 2xx 403 403 403 403 403"));
        rows.add(Row.of("objection", "POST", "/api/v1/decisions", url(o + "/api/v1/decisions"),
                () -> "{\"activityCode\":\"" + w.activityCode + "\",\"subjectIin\":\"" + World.AIGERIM
                        + "\",\"outcome\":\"Limit kept\",\"decidedAt\":\"" + java.time.Instant.now() + "\"}",
                "401 403 403 403 2xx 422 422 403 403"));
        rows.add(Row.of("objection", "GET", "/api/v1/decisions", url(o + "/api/v1/decisions"), null,
                "401 403 403 403 2xx 2xx 2xx 403 403"));
        rows.add(Row.of("objection", "GET", "/api/v1/decisions/{id}", url(o + "/api/v1/decisions/" + w.decisionId), null,
                "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("objection", "GET", "/api/v1/me/decisions", url(o + "/api/v1/me/decisions"), null,
                "401 2xx 2xx 2xx 403 403 403 403 403"));
        rows.add(Row.of("objection", "POST", "/api/v1/me/objections", url(o + "/api/v1/me/objections"),
                () -> "{\"decisionId\":\"" + World.newDecision(w.activityCode) + "\",\"remedy\":\"HUMAN_REVIEW\",\"reason\":\"Wrong\"}",
                "401 2xx 404 404 403 403 403 403 403"));
        rows.add(Row.of("objection", "GET", "/api/v1/me/objections", url(o + "/api/v1/me/objections"), null,
                "401 2xx 2xx 2xx 403 403 403 403 403"));
        rows.add(Row.of("objection", "GET", "/api/v1/me/objections/{id}", url(o + "/api/v1/me/objections/" + w.objectionId),
                null, "401 2xx 404 404 403 403 403 403 403"));
        rows.add(Row.of("objection", "POST", "/api/v1/me/objections/{id}/appeal",
                () -> o + "/api/v1/me/objections/" + w.newRejectedObjection() + "/appeal", () -> "{\"grounds\":\"I sent the proof\"}",
                "401 2xx 404 404 403 403 403 403 403"));
        rows.add(Row.of("objection", "POST", "/api/v1/objections", url(o + "/api/v1/objections"),
                () -> "{\"subjectIin\":\"" + World.AIGERIM + "\",\"activityId\":\"" + w.activityId
                        + "\",\"remedy\":\"HUMAN_REVIEW\",\"reason\":\"Wrong\",\"receivedAt\":\"" + java.time.Instant.now()
                        + "\",\"channel\":\"BRANCH\",\"evidence\":\"Form OB-7\"}",
                "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("objection", "GET", "/api/v1/objections", url(o + "/api/v1/objections"), null,
                "401 403 403 403 2xx 2xx 2xx 403 403"));
        rows.add(Row.of("objection", "GET", "/api/v1/objections/{id}", url(o + "/api/v1/objections/" + w.objectionId), null,
                "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("objection", "POST", "/api/v1/objections/{id}/resolution",
                () -> o + "/api/v1/objections/" + World.newObjection(World.newDecision(w.activityCode)) + "/resolution",
                () -> "{\"outcome\":\"REJECTED\",\"reviewedBy\":\"Asel\",\"reasons\":{\"kk\":\"Негізсіз\",\"ru\":\"Необоснованно\"}}",
                "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("objection", "GET", "/api/v1/appeals", url(o + "/api/v1/appeals"), null,
                "401 403 403 403 403 403 403 2xx 403"));
        rows.add(Row.of("objection", "GET", "/api/v1/appeals/{id}", url(o + "/api/v1/appeals/" + w.appealId), null,
                "401 403 403 403 403 403 403 2xx 403"));
        rows.add(Row.of("objection", "POST", "/api/v1/appeals/{id}/decision",
                () -> o + "/api/v1/appeals/" + w.newAppeal() + "/decision",
                () -> "{\"outcome\":\"DISMISSED\",\"explanation\":{\"kk\":\"Негіз жоқ\",\"ru\":\"Оснований нет\"}}",
                "401 403 403 403 403 403 403 2xx 403"));
        rows.add(Row.of("objection", "GET", "/api/v1/audit", url(o + "/api/v1/audit"), null,
                "401 403 403 403 2xx 2xx 2xx 2xx 403"));
        rows.add(Row.of("objection", "GET", "/api/v1/audit/verify", url(o + "/api/v1/audit/verify"), null,
                "401 403 403 403 403 403 403 2xx 2xx"));
        rows.add(Row.of("objection", "GET", "/api/v1/audit/heads/latest", url(o + "/api/v1/audit/heads/latest"), null,
                "401 403 403 403 2xx 2xx 2xx 2xx 2xx"));
        rows.add(Row.of("objection", "GET", "/api/v1/audit/heads", url(o + "/api/v1/audit/heads?from=0"), null,
                "401 403 403 403 2xx 2xx 2xx 2xx 2xx"));
        // A well-formed hash of no leaf: every reader gets the same 404, so the row shows who may ask.
        rows.add(Row.of("objection", "GET", "/api/v1/audit/proofs/inclusion",
                url(o + "/api/v1/audit/proofs/inclusion?leafHash=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D&treeSize=1"), null,
                "401 403 403 403 404 404 404 404 404"));
        rows.add(Row.of("objection", "GET", "/api/v1/audit/proofs/consistency",
                url(o + "/api/v1/audit/proofs/consistency?first=0&second=0"), null, "401 403 403 403 2xx 2xx 2xx 2xx 2xx"));
        rows.add(Row.of("objection", "GET", "/api/v1/audit/leaves", url(o + "/api/v1/audit/leaves?start=0&end=0"), null,
                "401 403 403 403 2xx 2xx 2xx 2xx 2xx"));

        // notification-service
        rows.add(Row.of("notification", "GET", "/.well-known/jwks.json", url(n + "/.well-known/jwks.json"), null,
                "2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx 2xx"));
        rows.add(Row.of("notification", "GET", "/api/v1/me/notifications", url(n + "/api/v1/me/notifications"), null,
                "401 2xx 2xx 2xx 403 403 403 403 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/me/notifications/unread-count",
                url(n + "/api/v1/me/notifications/unread-count"), null, "401 2xx 2xx 2xx 403 403 403 403 403"));
        rows.add(Row.of("notification", "POST", "/api/v1/me/notifications/{id}/read",
                url(n + "/api/v1/me/notifications/" + w.noticeId + "/read"), null, "401 2xx 404 404 403 403 403 403 403"));
        rows.add(Row.of("notification", "POST", "/api/v1/me/notifications/read-all",
                url(n + "/api/v1/me/notifications/read-all"), null, "401 2xx 2xx 2xx 403 403 403 403 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/me/contact", url(n + "/api/v1/me/contact"), null,
                "401 2xx|404 2xx|404 2xx|404 403 403 403 403 403"));
        rows.add(Row.per("notification", "PUT", "/api/v1/me/contact", url(n + "/api/v1/me/contact"), "application/json",
                who -> "{\"email\":\"" + World.emailOf(who) + "\",\"language\":\"kk\"}", "401 2xx 2xx 2xx 403 403 403 403 403"));
        rows.add(Row.of("notification", "POST", "/api/v1/breaches", url(n + "/api/v1/breaches"), World::breachBody,
                "401 403 403 403 2xx 2xx 2xx 403 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/breaches", url(n + "/api/v1/breaches"), null,
                "401 403 403 403 2xx 2xx 2xx 403 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/breaches/{id}", url(n + "/api/v1/breaches/" + w.breachId), null,
                "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("notification", "POST", "/api/v1/breaches/{id}/subjects",
                url(n + "/api/v1/breaches/" + w.breachId + "/subjects"), "application/x-ndjson",
                () -> "{\"iin\":\"" + World.AIGERIM + "\"}\n", "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/breaches/{id}/subjects",
                url(n + "/api/v1/breaches/" + w.breachId + "/subjects"), null, "401 403 403 403 2xx 404 404 403 403"));
        rows.add(Row.of("notification", "POST", "/api/v1/webhooks", url(n + "/api/v1/webhooks"),
                () -> "{\"url\":\"http://127.0.0.1:9/matrix\",\"eventTypes\":[\"kz.kelisim.consent.revoked.v1\"]}",
                "401 403 403 403 2xx 2xx 2xx 2xx 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/webhooks", url(n + "/api/v1/webhooks"), null,
                "401 403 403 403 2xx 2xx 2xx 2xx 403"));
        rows.add(Row.of("notification", "DELETE", "/api/v1/webhooks/{id}", () -> n + "/api/v1/webhooks/" + World.newWebhook(),
                null, "401 403 403 403 2xx 404 404 404 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/webhooks/deliveries", url(n + "/api/v1/webhooks/deliveries"), null,
                "401 403 403 403 2xx 2xx 2xx 2xx 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/webhooks/deliveries/{id}",
                url(n + "/api/v1/webhooks/deliveries/" + w.deliveryId), null, "401 403 403 403 2xx 404 404 404 403"));
        rows.add(Row.of("notification", "POST", "/api/v1/webhooks/deliveries/{id}/redeliver",
                url(n + "/api/v1/webhooks/deliveries/" + w.deliveryId + "/redeliver"), null,
                "401 403 403 403 2xx|409 404 404 404 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/regulator/sla-breaches", url(n + "/api/v1/regulator/sla-breaches"),
                null, "401 403 403 403 403 403 403 2xx 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/regulator/breaches", url(n + "/api/v1/regulator/breaches"), null,
                "401 403 403 403 403 403 403 2xx 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/regulator/breaches/{id}",
                url(n + "/api/v1/regulator/breaches/" + w.breachId), null, "401 403 403 403 403 403 403 2xx 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/regulator/breaches/{id}/subjects",
                url(n + "/api/v1/regulator/breaches/" + w.breachId + "/subjects"), null, "401 403 403 403 403 403 403 2xx 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/regulator/reports/daily",
                url(n + "/api/v1/regulator/reports/daily?date=2026-11-24&format=csv"), null, "401 403 403 403 403 403 403 2xx 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/regulator/deadlines/weekly",
                url(n + "/api/v1/regulator/deadlines/weekly?from=2026-10-01&to=2026-11-24"), null, "401 403 403 403 403 403 403 2xx 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/regulator/deadlines/due-soon",
                url(n + "/api/v1/regulator/deadlines/due-soon?days=7"), null, "401 403 403 403 403 403 403 2xx 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/audit", url(n + "/api/v1/audit"), null,
                "401 403 403 403 2xx 2xx 2xx 2xx 403"));
        rows.add(Row.of("notification", "GET", "/api/v1/audit/verify", url(n + "/api/v1/audit/verify"), null,
                "401 403 403 403 403 403 403 2xx 2xx"));
        rows.add(Row.of("notification", "GET", "/api/v1/audit/heads/latest", url(n + "/api/v1/audit/heads/latest"), null,
                "401 403 403 403 2xx 2xx 2xx 2xx 2xx"));
        rows.add(Row.of("notification", "GET", "/api/v1/audit/heads", url(n + "/api/v1/audit/heads?from=0"), null,
                "401 403 403 403 2xx 2xx 2xx 2xx 2xx"));
        // A well-formed hash of no leaf: every reader gets the same 404, so the row shows who may ask.
        rows.add(Row.of("notification", "GET", "/api/v1/audit/proofs/inclusion",
                url(n + "/api/v1/audit/proofs/inclusion?leafHash=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D&treeSize=1"), null,
                "401 403 403 403 404 404 404 404 404"));
        rows.add(Row.of("notification", "GET", "/api/v1/audit/proofs/consistency",
                url(n + "/api/v1/audit/proofs/consistency?first=0&second=0"), null, "401 403 403 403 2xx 2xx 2xx 2xx 2xx"));
        rows.add(Row.of("notification", "GET", "/api/v1/audit/leaves", url(n + "/api/v1/audit/leaves?start=0&end=0"), null,
                "401 403 403 403 2xx 2xx 2xx 2xx 2xx"));
        return rows;
    }

    @Test
    @DisplayName("Every cell of the matrix answers as declared: 0 violations")
    void every_caller_gets_the_declared_outcome_on_every_endpoint() {
        List<String> violations = new ArrayList<>();
        int cells = 0;
        for (Row row : rows()) {
            for (Who who : Who.values()) {
                cells++;
                String expected = row.expectedFor(who);
                Api.Answer answer = Api.call(who, row.method(), row.url().get(), row.contentType(),
                        row.body() == null ? null : row.body().apply(who));
                if (!Row.matches(expected, answer.status())) {
                    violations.add(row.key() + " as " + who + ": expected " + expected + ", got " + answer.status()
                            + " " + abbreviate(answer.body()));
                }
            }
        }
        System.out.println("Authorization matrix: " + cells + " cells checked, " + violations.size() + " violations");
        violations.forEach(v -> System.out.println("  " + v));
        assertThat(violations).as("cells that answered otherwise than declared").isEmpty();
    }

    @Test
    @DisplayName("Every endpoint a service publishes in its OpenAPI has a row in the matrix")
    void no_endpoint_is_left_out() {
        Set<String> declared = new TreeSet<>();
        rows().forEach(r -> declared.add(r.key()));
        Set<String> published = new TreeSet<>();
        for (Map.Entry<String, String> service : Map.of("consent", Suite.consent(), "objection", Suite.objection(),
                "notification", Suite.notification()).entrySet()) {
            JsonNode paths = Api.ok(Who.ANONYMOUS, "GET", service.getValue() + "/q/openapi?format=json", null).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                    String method = methods.next().toUpperCase();
                    if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        published.add(service.getKey() + " " + method + " " + path.getKey());
                    }
                }
            }
        }
        assertThat(published).as("published endpoints").isNotEmpty();
        assertThat(declared).as("endpoints with a row in the matrix").containsAll(published);
    }

    @Test
    @DisplayName("The OpenAPI files exported in docs/openapi list exactly the endpoints the running services publish")
    void exported_openapi_is_current() throws java.io.IOException {
        java.nio.file.Path docs = root().resolve("docs/openapi");
        for (Map.Entry<String, String> service : Map.of("consent-service", Suite.consent(), "objection-service",
                Suite.objection(), "notification-service", Suite.notification()).entrySet()) {
            JsonNode live = Api.ok(Who.ANONYMOUS, "GET", service.getValue() + "/q/openapi?format=json", null).path("paths");
            JsonNode exported = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                    .readTree(docs.resolve(service.getKey() + ".yaml").toFile()).path("paths");
            assertThat(names(exported)).as("paths of docs/openapi/%s.yaml (re-export from /q/openapi?format=yaml)",
                    service.getKey()).isEqualTo(names(live));
        }
    }

    private static Set<String> names(JsonNode paths) {
        Set<String> names = new TreeSet<>();
        paths.fieldNames().forEachRemaining(path -> paths.path(path).fieldNames()
                .forEachRemaining(method -> names.add(method.toUpperCase() + " " + path)));
        return names;
    }

    private static java.nio.file.Path root() {
        java.nio.file.Path dir = java.nio.file.Path.of("").toAbsolutePath();
        while (dir != null && !java.nio.file.Files.exists(dir.resolve("deploy/local/env.sh"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    private static Supplier<String> url(String url) {
        return () -> url;
    }

    private static String activityBody(String code) {
        return """
                {"code":"%s","name":"Scoring","legalEffect":false,"legalBasis":{"kind":"LAW","lawReference":"Law on Banks"},
                 "procedure":{"kk":"Модель","ru":"Модель"},"consequences":{"kk":"Жоқ","ru":"Нет"},"aiComponents":{"used":false},
                 "howToObject":{"kk":"Портал","ru":"Портал"},"howToProtectRights":{"kk":"Шағым","ru":"Жалоба"}}""".formatted(code);
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
