package kz.kelisim.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * notification-service on the running suite with real Keycloak tokens: a revocation's parties answer
 * and the subject is told in Kazakh in the inbox and by e-mail (PDL-8.7, "Languages"); a late breach
 * report reaches the regulator and the affected subjects (BRN-1, INF-7-2.10-1); operators' webhooks
 * are signed (Standard Webhooks).
 */
class NotificationSystemTest {

    static final String AIGERIM_IIN = "900515401230";
    static final String DANIYAR_IIN = "851102304561";
    static final String DEMO_BANK_BIN = "050140001238";
    static final String DEMO_TELECOM_BIN = "120340004562";
    static final String TELECOM_REASON = "Байланыс туралы заң деректерді сақтауды талап етеді.";

    @Test
    @DisplayName("PDL-8.7, Languages: each party's answer to a revocation becomes aigerim's notice and an e-mail in Kazakh; the operator's webhook is signed")
    void revocation_answers_reach_the_subject_in_kazakh() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        String address = "aigerim-" + UUID.randomUUID().toString().substring(0, 8) + "@example.kz";
        given().auth().oauth2(Tokens.user("aigerim")).contentType("application/json")
                .body("{\"email\": \"" + address + "\", \"language\": \"kk\"}")
                .put(Suite.notification() + "/api/v1/me/contact").then().statusCode(200).body("language", equalTo("kk"));

        List<String[]> hooks = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            hooks.add(new String[] {exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String secret = secret();
            given().auth().oauth2(Tokens.operator("demo-bank")).contentType("application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\","
                            + " \"eventTypes\": [\"kz.kelisim.consent.revoked.v1\"], \"secret\": \"" + secret + "\"}")
                    .post(Suite.notification() + "/api/v1/webhooks").then().statusCode(201);

            String purpose = "notify-" + UUID.randomUUID().toString().substring(0, 8);
            registerPurpose(purpose);
            String consentId = given().auth().oauth2(Tokens.operator("demo-bank")).contentType("application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"subjectIin\": \"" + AIGERIM_IIN + "\", \"purposeCode\": \"" + purpose + "\"}")
                    .post(Suite.consent() + "/api/v1/consents").then().statusCode(201).extract().path("id");
            JsonPath revocation = given().auth().oauth2(Tokens.user("aigerim"))
                    .post(Suite.consent() + "/api/v1/me/consents/" + consentId + "/revocation")
                    .then().statusCode(201).extract().jsonPath();
            String bankObligation = revocation.getString("obligations.find { it.partyId == '" + DEMO_BANK_BIN + "' }.id");
            String telecomObligation = revocation.getString("obligations.find { it.partyId == '" + DEMO_TELECOM_BIN + "' }.id");

            given().auth().oauth2(Tokens.operator("demo-bank")).contentType("application/json")
                    .body("{\"stoppedAt\": \"" + Instant.now().minusSeconds(5) + "\", \"evidence\": \"Scoring jobs for the subject removed\"}")
                    .post(Suite.consent() + "/api/v1/obligations/" + bankObligation + "/stopped").then().statusCode(200);
            given().auth().oauth2(Tokens.operator("demo-telecom")).contentType("application/json")
                    .body("{\"legalAct\": {\"kind\": \"LAW\", \"number\": \"567-II\", \"date\": \"2004-07-05\", \"article\": \"36\"},"
                            + " \"reasons\": {\"kk\": \"" + TELECOM_REASON + "\","
                            + " \"ru\": \"Закон о связи требует хранить данные.\", \"en\": \"The Law on Communications requires keeping the data.\"}}")
                    .post(Suite.consent() + "/api/v1/obligations/" + telecomObligation + "/refusal").then().statusCode(200);

            // aigerim's inbox is shared with every other test, and their notices may still be arriving: wait for
            // this test's own answers, demo-bank's stop and demo-telecom's refusal with its reasons.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                List<Map<String, Object>> since = inboxSince("aigerim", start);
                return since.stream().anyMatch(n -> "STOP_CONFIRMED".equals(n.get("kind")) && ((String) n.get("body")).contains(DEMO_BANK_BIN))
                        && since.stream().anyMatch(n -> "STOP_REFUSED".equals(n.get("kind")) && ((String) n.get("body")).contains(TELECOM_REASON));
            });
            assertThat(inboxSince("aigerim", start)).anySatisfy(n -> {
                assertThat(n.get("kind")).isEqualTo("STOP_REFUSED");
                assertThat(n.get("language")).isEqualTo("kk");
                assertThat(n.get("title")).isEqualTo("Өңдеуді тоқтатудан бас тартылды");
                assertThat((String) n.get("body")).contains(TELECOM_REASON)
                        // PDL-8.7: the legislation the refusal rests on, cited in Kazakh.
                        .contains("Қазақстан Республикасының 2004 жылғы 5 шілдедегі № 567-II Заңы, 36-бап");
            });
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                    mailSubjects(address).containsAll(List.of("Келісім кері қайтарылды", "Өңдеу тоқтатылды",
                            "Өңдеуді тоқтатудан бас тартылды")));

            await().atMost(Duration.ofSeconds(60)).until(() -> hooks.stream().anyMatch(h -> h[3].contains(consentId)));
            String[] hook = hooks.stream().filter(h -> h[3].contains(consentId)).findFirst().orElseThrow();
            assertThat(hook[2]).isEqualTo(sign(secret, hook[0], hook[1], hook[3]));
            assertThat(hook[3]).contains("\"type\":\"kz.kelisim.consent.revoked.v1\"").doesNotContain(AIGERIM_IIN);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    @DisplayName("BRN-1, INF-7-2.10-1: a breach report filed two working days after detection is late for inspector, and the affected subjects get breach notices")
    void late_breach_report_reaches_regulator_and_subjects() {
        Instant detected = twoWorkingDaysAgo();
        String description = "Backup copied " + UUID.randomUUID();
        String id = given().auth().oauth2(Tokens.operator("demo-bank")).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"detectedAt\": \"" + detected + "\", \"description\": \"" + description + "\","
                        + " \"dataCategories\": [\"full name\", \"IIN\"], \"measures\": \"Access revoked, keys rotated\","
                        + " \"responsible\": {\"name\": \"Ерлан Әбенов\", \"phone\": \"+77172000000\"},"
                        + " \"subjects\": [{\"iin\": \"" + AIGERIM_IIN + "\", \"fullName\": \"Айгерим\"}, {\"iin\": \"" + DANIYAR_IIN + "\"},"
                        + " {\"fullName\": \"Асқар Нұрланов\", \"phone\": \"+77010001122\"}]}")
                .post(Suite.notification() + "/api/v1/breaches").then().statusCode(201)
                .body("reportState", equalTo("MET_LATE")).body("late", equalTo(true)).extract().path("id");

        given().auth().oauth2(Tokens.user("inspector")).queryParam("operator", DEMO_BANK_BIN).queryParam("late", true)
                .get(Suite.notification() + "/api/v1/regulator/breaches").then().statusCode(200).body("id", hasItem(id));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.user("inspector"))
                .queryParam("operator", DEMO_BANK_BIN).queryParam("kind", "BREACH_REPORT")
                .get(Suite.notification() + "/api/v1/regulator/sla-breaches").then().statusCode(200)
                .extract().<List<String>>path("aggregateId").contains(id));
        given().auth().oauth2(Tokens.user("inspector")).get(Suite.notification() + "/api/v1/regulator/breaches/" + id + "/subjects")
                .then().statusCode(200)
                .body("find { it.seq == 1 }.inbox", equalTo("NOTIFIED"))
                .body("find { it.seq == 1 }.iin", equalTo("********1230"))
                .body("find { it.seq == 2 }.inbox", equalTo("NOTIFIED"))
                .body("find { it.seq == 3 }.inbox", equalTo("NO_IIN"))
                .body("find { it.seq == 3 }.phone", equalTo("+77010001122"));
        for (String subject : List.of("aigerim", "daniyar")) {
            List<Map<String, Object>> inbox = given().auth().oauth2(Tokens.user(subject))
                    .get(Suite.notification() + "/api/v1/me/notifications?limit=200").then().statusCode(200)
                    .extract().jsonPath().getList("$");
            assertThat(inbox).anySatisfy(n -> {
                assertThat(n.get("kind")).isEqualTo("BREACH");
                assertThat(n.get("title")).isEqualTo("Дербес деректеріңіздің қауіпсіздігі бұзылды");
                assertThat((String) n.get("body")).contains(DEMO_BANK_BIN).contains("Access revoked, keys rotated");
            });
        }
        given().auth().oauth2(Tokens.operator("demo-telecom")).get(Suite.notification() + "/api/v1/breaches/" + id)
                .then().statusCode(404);
        byte[] pdf = given().auth().oauth2(Tokens.user("inspector")).queryParam("date", dueDate(detected).toString())
                .queryParam("format", "pdf").get(Suite.notification() + "/api/v1/regulator/reports/daily")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        given().auth().oauth2(Tokens.user("inspector")).queryParam("date", dueDate(detected).toString())
                .get(Suite.notification() + "/api/v1/regulator/reports/daily").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("," + DEMO_BANK_BIN + ","));
    }

    private static void registerPurpose(String code) {
        given().auth().oauth2(Tokens.operator("demo-bank")).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"code\": \"" + code + "\", \"title\": {\"kk\": \"Скоринг\", \"ru\": \"Скоринг\", \"en\": \"Scoring\"},"
                        + " \"description\": {\"kk\": \"Несие өтінімін қарау үшін табысты бағалау, нәтижесі байланыс операторымен бөлісіледі\","
                        + " \"ru\": \"Оценка дохода для решения по заявке на кредит, результат передаётся оператору связи\","
                        + " \"en\": \"Assess income to decide a loan application; the result is shared with the telecom operator\"},"
                        + " \"legalBasis\": \"CONSENT\", \"maxValidity\": \"P1Y\", \"dataCategories\": [{\"name\": \"income\"}],"
                        + " \"source\": \"SUBJECT\", \"recipients\": [\"" + DEMO_TELECOM_BIN + "\"], \"automated\": false}")
                .post(Suite.consent() + "/api/v1/purposes").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    /** The user's notices created after the start, newest first. */
    private static List<Map<String, Object>> inboxSince(String user, Instant start) {
        List<Map<String, Object>> inbox = given().auth().oauth2(Tokens.user(user))
                .get(Suite.notification() + "/api/v1/me/notifications?limit=200").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return inbox.stream().filter(n -> Instant.parse((String) n.get("createdAt")).isAfter(start)).toList();
    }

    /**
     * The subjects of the messages the suite's mail server holds for the address. The server creates a mailbox at its
     * first delivery, so until the first e-mail has arrived it answers that the user is unknown: no messages yet.
     */
    private static List<String> mailSubjects(String address) {
        Response response = given().get(Suite.HOST + port("MAIL_WEB_PORT", 18025) + "/api/user/" + address + "/messages/INBOX");
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<String> subjects = response.jsonPath().getList("subject");
        return subjects == null ? List.of() : subjects;
    }

    /** Detection at Almaty noon on the day with exactly two working days between it and today (CAL-1, weekends). */
    private static Instant twoWorkingDaysAgo() {
        LocalDate day = LocalDate.now(ZoneOffset.ofHours(5));
        int counted = isWeekday(day) ? 1 : 0;
        while (counted < 2) {
            day = day.minusDays(1);
            if (isWeekday(day)) {
                counted++;
            }
        }
        return day.minusDays(1).atTime(LocalTime.NOON).toInstant(ZoneOffset.ofHours(5));
    }

    private static LocalDate dueDate(Instant detected) {
        LocalDate day = detected.atOffset(ZoneOffset.ofHours(5)).toLocalDate().plusDays(1);
        while (!isWeekday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek().getValue() <= 5;
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }

    /** Standard Webhooks: v1, then base64 of HMAC-SHA256 over id.timestamp.body with the decoded secret. */
    private static String sign(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
