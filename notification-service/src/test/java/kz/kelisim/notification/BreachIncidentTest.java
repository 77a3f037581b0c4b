package kz.kelisim.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import kz.kelisim.calendar.KazakhCalendar;
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.Topics;
import kz.kelisim.notification.service.BreachService;
import kz.kelisim.notification.service.ContactService;
import kz.kelisim.testkit.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BreachIncidentTest {

    static final String BANK = "050140001238";
    static final String TELECOM = "120240012345";

    @Inject
    BreachService breaches;
    @Inject
    ContactService contacts;
    @Inject
    SubjectPseudonym pseudonym;
    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("BRN-1: a breach reported within one working day of detection is met, and the regulator is told at once")
    void report_in_time_is_met_and_published() {
        Instant detected = Instant.now().minusSeconds(60);
        try (TopicReader topic = new TopicReader(Topics.BREACH_EVENTS)) {
            String id = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(report(detected, "[]")).post("/api/v1/breaches")
                    .then().statusCode(201)
                    .body("reportState", equalTo("MET")).body("late", equalTo(false))
                    .body("operatorId", equalTo(BANK)).body("responsible.name", equalTo("Ерлан Әбенов"))
                    .extract().path("id");
            Instant due = Instant.parse(given().get("/api/v1/breaches/" + id).then().statusCode(200).extract().path("dueAt"));
            KazakhCalendar calendar = KazakhCalendar.official();
            LocalDate dueDay = KazakhTime.dateOf(detected).plusDays(1);
            while (!calendar.isWorkingDay(dueDay)) {
                dueDay = dueDay.plusDays(1);
            }
            // CC-178..180: the day after detection starts the term; due at 24:00 Asia/Almaty of that working day.
            assertThat(due).isEqualTo(KazakhTime.endOfDay(dueDay));
            var record = topic.await(r -> r.value().contains(id) && r.value().contains("kz.kelisim.breach.reported.v1"),
                    Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo(BANK);
            assertThat(record.value()).contains("\"reportState\":\"MET\"");
        }
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("BRN-1: a report filed two working days after detection is recorded as late and reported to regulators once")
    void late_report_is_recorded_and_reported_as_a_missed_deadline() {
        Instant detected = twoWorkingDaysAgo();
        try (TopicReader regulator = new TopicReader(Topics.REGULATOR_REPORTS)) {
            String id = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(report(detected, "[]")).post("/api/v1/breaches")
                    .then().statusCode(201).body("reportState", equalTo("MET_LATE")).body("late", equalTo(true))
                    .extract().path("id");
            var record = regulator.await(r -> r.value().contains(id), Duration.ofSeconds(30));
            assertThat(record.value()).contains("kz.kelisim.regulator.sla-breach-reported.v1").contains("\"kind\":\"BREACH_REPORT\"")
                    .contains("\"operatorId\":\"" + BANK + "\"");
        }
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("INF-7-2.10-1: every affected subject with an IIN gets one breach notice, e-mailed in Kazakh; the operator follows each subject's status")
    void affected_subjects_are_notified() {
        Mailbox.server();
        String withMail = Iins.random();
        String withoutMail = Iins.random();
        String address = Mailbox.account("b-" + UUID.randomUUID().toString().substring(0, 8) + "@example.kz");
        contacts.set(pseudonym.of(withMail), address, "kk");
        String subjects = "[{\"iin\": \"" + withMail + "\", \"fullName\": \"Айгерим Серікқызы\"},"
                + "{\"iin\": \"" + withoutMail + "\"}, {\"iin\": \"" + withMail + "\"},"
                + "{\"fullName\": \"Данияр Ахметов\", \"phone\": \"+7 701 000 11 22\"}]";
        String id = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(report(Instant.now().minusSeconds(3600), subjects)).post("/api/v1/breaches")
                .then().statusCode(201).body("affectedSubjects", equalTo(4)).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.to(address).stream()
                .anyMatch(m -> Mailbox.subject(m).equals("Дербес деректеріңіздің қауіпсіздігі бұзылды")));
        assertThat(Mailbox.text(Mailbox.to(address).get(0))).contains(BANK).contains("Қабылданған шаралар")
                .contains("Ерлан Әбенов");
        // Listed twice, told once.
        assertThat(noticesFor(withMail)).isEqualTo(1);
        assertThat(noticesFor(withoutMail)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(given().get("/api/v1/breaches/" + id + "/subjects")
                .then().extract().path("find { it.seq == 1 }.email")));
        given().get("/api/v1/breaches/" + id + "/subjects").then().statusCode(200)
                .body("size()", equalTo(4))
                .body("find { it.seq == 1 }.iin", equalTo("********" + withMail.substring(8)))
                .body("find { it.seq == 1 }.inbox", equalTo("NOTIFIED"))
                .body("find { it.seq == 1 }.fullName", nullValue())
                .body("find { it.seq == 2 }.email", equalTo("NO_ADDRESS"))
                .body("find { it.seq == 4 }.inbox", equalTo("NO_IIN"));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("BRN-1: affected subjects are encrypted at rest and never in events or error messages")
    void subjects_are_encrypted_and_never_leak() {
        String iin = Iins.random();
        String id = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(report(Instant.now().minusSeconds(60), "[{\"iin\": \"" + iin + "\", \"fullName\": \"Gulnara Sadykova\", \"phone\": \"+77019998877\"}]"))
                .post("/api/v1/breaches").then().statusCode(201).extract().path("id");
        List<byte[]> stored = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT data_enc FROM breach_subject WHERE incident_id = ?1", byte[].class).setParameter(1, UUID.fromString(id)).getResultList());
        assertThat(stored).hasSize(1);
        String raw = new String(stored.get(0), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain(iin).doesNotContain("Gulnara").doesNotContain("7019998877");
        long inOutbox = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE payload LIKE ?1 OR payload LIKE ?2").setParameter(1, "%" + iin + "%")
                .setParameter(2, "%Gulnara%").getSingleResult()).longValue());
        assertThat(inOutbox).isZero();

        String wrong = iin.substring(0, 11) + ((iin.charAt(11) - '0' + 1) % 10);
        String body = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(report(Instant.now(), "[{\"fullName\": \"x\"}, {\"iin\": \"" + wrong + "\"}]")).post("/api/v1/breaches")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("subjects[1]")).extract().asString();
        assertThat(body).doesNotContain(wrong);
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("BRN-1: a large subject list is uploaded as NDJSON; a bad line is named by its number and nothing is stored")
    void subjects_are_uploaded_as_ndjson() {
        String id = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(report(Instant.now().minusSeconds(60), "[]")).post("/api/v1/breaches").then().statusCode(201).extract().path("id");
        String ndjson = "{\"iin\": \"" + Iins.random() + "\"}\n\n{\"fullName\": \"Асқар Нұрланов\", \"phone\": \"+77010001122\"}\n{\"iin\": \"" + Iins.random() + "\"}\n";
        given().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/api/v1/breaches/" + id + "/subjects")
                .then().statusCode(200).body("added", equalTo(3)).body("affectedSubjects", equalTo(3));
        given().contentType("application/x-ndjson").body(("{\"iin\": \"" + Iins.random() + "\"}\n{\"iin\": 5\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/breaches/" + id + "/subjects")
                .then().statusCode(400).body("errors[0].field", equalTo("line 2"));
        given().contentType("application/x-ndjson").body(("{\"iin\": \"" + Iins.random() + "\"}\n{}\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/breaches/" + id + "/subjects")
                .then().statusCode(400).body("errors[0].field", equalTo("line 2"));
        given().get("/api/v1/breaches/" + id).then().body("affectedSubjects", equalTo(3));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("The same Idempotency-Key replays the same report; reused for another report it is 422; bad input is 400")
    void idempotency_and_validation() {
        String key = UUID.randomUUID().toString();
        String body = report(Instant.now().minusSeconds(60), "[]");
        String first = given().contentType("application/json").header("Idempotency-Key", key).body(body)
                .post("/api/v1/breaches").then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");
        given().contentType("application/json").header("Idempotency-Key", key).body(body).post("/api/v1/breaches")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().contentType("application/json").header("Idempotency-Key", key).body(report(Instant.now().minusSeconds(99), "[]"))
                .post("/api/v1/breaches").then().statusCode(422)
                .body("type", equalTo("https://kelisim.kz/problems/idempotency-key-reused"));
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"detectedAt\": \"2026-11-01T10:00:00Z\", \"description\": \"x\", \"dataCategories\": [\"contact\"]}")
                .post("/api/v1/breaches").then().statusCode(400).body("errors.field", hasItem("measures"));
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(report(Instant.now().plusSeconds(3600), "[]")).post("/api/v1/breaches")
                .then().statusCode(400).body("errors[0].field", equalTo("detectedAt"));
        given().contentType("application/json").body(report(Instant.now(), "[]")).post("/api/v1/breaches")
                .then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "demo-telecom", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = TELECOM))
    @DisplayName("An operator never sees another operator's incident (404) nor the regulator's views (403)")
    void operators_are_isolated() {
        BreachIncident banks = fileDirectly(BANK, Instant.now().minusSeconds(60), List.of());
        given().get("/api/v1/breaches/" + banks.id()).then().statusCode(404);
        given().get("/api/v1/breaches/" + banks.id() + "/subjects").then().statusCode(404);
        given().contentType("application/x-ndjson").body("{\"fullName\": \"x\"}\n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/breaches/" + banks.id() + "/subjects")
                .then().statusCode(404);
        given().get("/api/v1/breaches").then().statusCode(200).body("id", not(hasItem(banks.id().toString())));
        given().get("/api/v1/regulator/breaches").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("INF-7-2.10-1, BRN-1: the regulator sees every operator's reports, the late ones, and each subject's notification status")
    void regulator_sees_reports_and_subject_status() {
        String iin = Iins.random();
        BreachIncident late = fileDirectly(TELECOM, twoWorkingDaysAgo(), List.of(
                new AffectedSubject(iin, "Гүлнар Садықова", null), new AffectedSubject(null, "Ержан Қасымов", "+77011112233")));
        given().queryParam("late", true).queryParam("operator", TELECOM).get("/api/v1/regulator/breaches").then().statusCode(200)
                .body("id", hasItem(late.id().toString()));
        given().get("/api/v1/regulator/breaches/" + late.id()).then().statusCode(200)
                .body("reportState", equalTo("MET_LATE")).body("affectedSubjects", equalTo(2));
        given().get("/api/v1/regulator/breaches/" + late.id() + "/subjects").then().statusCode(200)
                .body("find { it.seq == 1 }.iin", equalTo("********" + iin.substring(8)))
                .body("find { it.seq == 1 }.fullName", equalTo("Гүлнар Садықова"))
                .body("find { it.seq == 1 }.inbox", equalTo("NOTIFIED"))
                .body("find { it.seq == 1 }.read", equalTo(false))
                .body("find { it.seq == 2 }.phone", equalTo("+77011112233"))
                .body("find { it.seq == 2 }.inbox", equalTo("NO_IIN"));
        given().queryParam("operator", TELECOM).queryParam("kind", "BREACH_REPORT").get("/api/v1/regulator/sla-breaches")
                .then().statusCode(200).body("aggregateId", hasItem(late.id().toString()));
        given().contentType("application/json").header("Idempotency-Key", "x").body(report(Instant.now(), "[]"))
                .post("/api/v1/breaches").then().statusCode(403);
    }

    /** The Almaty noon of the day with exactly two working days between it and today (CAL-1). */
    static Instant twoWorkingDaysAgo() {
        KazakhCalendar calendar = KazakhCalendar.official();
        LocalDate day = KazakhTime.dateOf(Instant.now());
        int counted = calendar.isWorkingDay(day) ? 1 : 0;
        while (counted < 2) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day.minusDays(1).atTime(LocalTime.NOON).atZone(KazakhTime.ZONE).toInstant();
    }

    private BreachIncident fileDirectly(String operator, Instant detected, List<AffectedSubject> subjects) {
        return breaches.report(operator, UUID.randomUUID().toString(), UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8),
                new BreachIncident.Facts(detected, "Backup copied by an unauthorised person", List.of("contact details"),
                        "Access revoked, passwords rotated", "Ерлан Әбенов", "+77172000000", "dpo@example.kz"), subjects).incident();
    }

    /** Breach notices of a subject whose IIN no other test uses. */
    private long noticesFor(String iin) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM notice WHERE subject_ref = ?1 AND kind = 'BREACH' AND params LIKE ?2")
                .setParameter(1, pseudonym.of(iin)).setParameter(2, "%" + BANK + "%").getSingleResult()).longValue());
    }

    static String report(Instant detected, String subjectsJson) {
        return "{\"detectedAt\": \"" + detected + "\", \"description\": \"A backup of the customer database was copied by an unauthorised person\","
                + " \"dataCategories\": [\"full name\", \"IIN\", \"phone\"], \"measures\": \"Access revoked, passwords rotated, police informed\","
                + " \"responsible\": {\"name\": \"Ерлан Әбенов\", \"phone\": \"+77172000000\", \"email\": \"dpo@example.kz\"},"
                + " \"subjects\": " + subjectsJson + "}";
    }
}
