package kz.kelisim.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.Topics;
import kz.kelisim.contracts.consent.ConsentRevoked;
import kz.kelisim.contracts.consent.StopConfirmed;
import kz.kelisim.contracts.deadline.DeadlineBreached;
import kz.kelisim.contracts.objection.ObjectionReceived;
import kz.kelisim.contracts.objection.ObjectionResolved;
import kz.kelisim.kit.directory.OperatorDirectory;
import kz.kelisim.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "inspector", roles = "regulator")
class SlaReportsTest {

    @Inject
    Events events;
    @Inject
    SubjectPseudonym pseudonym;
    @Inject
    OperatorDirectory directory;

    @Test
    @DisplayName("PDL-8.7, PDL-19-1.3: every DeadlineBreached from any service is published once on regulator-reports and listed with filters")
    void every_missed_deadline_is_reported_once() {
        String operator = SubjectNoticesTest.bin();
        String ref = pseudonym.of("950505503218");
        UUID stop = UUID.randomUUID();
        UUID review = UUID.randomUUID();
        DeadlineBreached stopBreached = new DeadlineBreached(UUID.randomUUID(), Instant.parse("2026-10-14T19:00:05Z"), ref, stop,
                "STOP_PROCESSING", operator, UUID.randomUUID(), Instant.parse("2026-10-14T19:00:00Z"), Topics.CONSENT_EVENTS);
        DeadlineBreached reviewBreached = new DeadlineBreached(UUID.randomUUID(), Instant.parse("2026-10-20T19:00:05Z"), ref, review,
                "OBJECTION_REVIEW", operator, UUID.randomUUID(), Instant.parse("2026-10-20T19:00:00Z"), Topics.OBJECTION_EVENTS);
        // The same deadline reported again under another event id still makes one record.
        DeadlineBreached stopAgain = new DeadlineBreached(UUID.randomUUID(), stopBreached.occurredAt(), ref, stop,
                "STOP_PROCESSING", operator, stopBreached.aggregateId(), stopBreached.dueAt(), Topics.CONSENT_EVENTS);
        try (TopicReader reports = new TopicReader(Topics.REGULATOR_REPORTS)) {
            events.send(Topics.CONSENT_EVENTS, ref, events.json(stopBreached));
            events.send(Topics.CONSENT_EVENTS, ref, events.json(stopBreached));
            events.send(Topics.CONSENT_EVENTS, ref, events.json(stopAgain));
            events.send(Topics.OBJECTION_EVENTS, ref, events.json(reviewBreached));
            reports.await(r -> r.value().contains(review.toString()), Duration.ofSeconds(30));
            ConsumerRecord<String, String> first = reports.await(r -> r.value().contains(stop.toString()), Duration.ofSeconds(30));
            assertThat(first.key()).isEqualTo(ref);
            assertThat(first.value()).contains("\"type\":\"kz.kelisim.regulator.sla-breach-reported.v1\"")
                    .contains("\"sourceTopic\":\"consent-events\"");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> given().queryParam("operator", operator).get("/api/v1/regulator/sla-breaches")
                .then().extract().<List<String>>path("deadlineId").size() == 2);
        given().queryParam("operator", operator).queryParam("kind", "OBJECTION_REVIEW").get("/api/v1/regulator/sla-breaches")
                .then().statusCode(200).body("deadlineId", equalTo(List.of(review.toString())));
        given().queryParam("operator", operator).queryParam("from", "2026-10-16").queryParam("to", "2026-10-31")
                .get("/api/v1/regulator/sla-breaches").then().statusCode(200).body("deadlineId", equalTo(List.of(review.toString())));
        given().queryParam("operator", operator).queryParam("to", "2026-10-16")
                .get("/api/v1/regulator/sla-breaches").then().statusCode(200).body("deadlineId", equalTo(List.of(stop.toString())));
        given().queryParam("kind", "SOMETHING").get("/api/v1/regulator/sla-breaches").then().statusCode(400);
        given().queryParam("from", "yesterday").get("/api/v1/regulator/sla-breaches").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("On a day with no deadlines the report PDF says so on a line of its own, with the chart's legend below it, in each language")
    void empty_day_sentence_is_not_covered_by_the_legend() throws IOException {
        for (String[] lang : new String[][] {{"en", "No deadline fell due on this day."}, {"ru", "В этот день ни один срок не истёк."},
                {"kk", "Бұл күні бірде-бір мерзім өтпеді."}}) {
            byte[] pdf = given().queryParam("date", "2024-03-01").queryParam("format", "pdf").queryParam("lang", lang[0])
                    .get("/api/v1/regulator/reports/daily").then().statusCode(200).extract().asByteArray();
            try (var document = Loader.loadPDF(pdf)) {
                List<String> lines = new PDFTextStripper().getText(document).lines().map(String::strip).toList();
                // Drawn over each other, the sentence and the legend would be read as one line.
                assertThat(lines).as(lang[0]).contains(lang[1]);
            }
        }
    }

    private static String pdfText(String date, String lang) throws IOException {
        var request = given().queryParam("date", date).accept("application/pdf");
        if (lang != null) {
            request = request.queryParam("lang", lang);
        }
        byte[] pdf = request.get("/api/v1/regulator/reports/daily").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("CAL-1, PDL-8.7, PDL-19-1.3: the daily report counts each operator's deadlines due that day as met, met late or breached, with the median answer time in working days")
    void daily_report_in_csv_and_pdf() throws IOException {
        String operator = SubjectNoticesTest.bin();
        String ref = pseudonym.of("950505503218");
        // Due 24:00 Asia/Almaty on Friday 23 October 2026.
        Instant due = Instant.parse("2026-10-23T19:00:00Z");
        Instant received = Instant.parse("2026-10-02T05:00:00Z");
        UUID inTime = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID silent = UUID.randomUUID();
        UUID objection = UUID.randomUUID();
        UUID consent = UUID.randomUUID();
        events.send(new ConsentRevoked(UUID.randomUUID(), received, ref, consent, operator, "report", received, false, List.of(
                new ConsentRevoked.Obligation(inTime, operator, false, due),
                new ConsentRevoked.Obligation(late, operator, true, due),
                new ConsentRevoked.Obligation(silent, operator, true, due))));
        // Answered Tuesday 6 October: two working days (5 and 6 October).
        events.send(new StopConfirmed(UUID.randomUUID(), Instant.parse("2026-10-06T05:00:00Z"), ref, inTime, consent, operator,
                Instant.parse("2026-10-06T05:00:00Z"), due, "MET"));
        // Answered Tuesday 27 October, after the due day; 26 October is a day off for Republic Day: 16 working days.
        events.send(new StopConfirmed(UUID.randomUUID(), Instant.parse("2026-10-27T05:00:00Z"), ref, late, consent, operator,
                Instant.parse("2026-10-27T05:00:00Z"), due, "MET_LATE"));
        events.send(new DeadlineBreached(UUID.randomUUID(), due, ref, UUID.randomUUID(), "STOP_PROCESSING", operator, silent, due,
                Topics.CONSENT_EVENTS));
        events.send(new ObjectionReceived(UUID.randomUUID(), Instant.parse("2026-10-20T05:00:00Z"), ref, objection, operator,
                UUID.randomUUID(), null, "HUMAN_REVIEW", Instant.parse("2026-10-20T05:00:00Z"), due));
        // Considered the next day: one working day.
        events.send(new ObjectionResolved(UUID.randomUUID(), Instant.parse("2026-10-21T05:00:00Z"), ref, objection, operator,
                "REJECTED", "жоқ", "нет", "no", Instant.parse("2026-10-21T05:00:00Z"), "MET"));

        directory.apply(OperatorNamesInNoticesTest.profile(operator, 1, "Report Bank"));
        String expected = "2026-10-23," + operator + ",\"Report Bank (BIN " + operator + ")\",4,2,1,1,0,2.0";
        await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("date", "2026-10-23").queryParam("format", "csv")
                .queryParam("lang", "en").get("/api/v1/regulator/reports/daily").then().extract().asString().contains(expected));
        // Languages: Kazakh by default, Russian on request, the header too.
        given().queryParam("date", "2026-10-23").queryParam("format", "csv").get("/api/v1/regulator/reports/daily").then()
                .statusCode(200).header("Content-Language", "kk")
                .body(startsWith("күні,оператор_бсн,оператор,"))
                .body(containsString("2026-10-23," + operator + ",\"Report Bank АҚ (БСН " + operator + ")\",4,2,1,1,0,2.0"));
        given().queryParam("date", "2026-10-23").queryParam("format", "csv").header("Accept-Language", "ru")
                .get("/api/v1/regulator/reports/daily").then().statusCode(200)
                .body(containsString("\"АО Report Bank (БИН " + operator + ")\""));
        given().queryParam("date", "2026-10-23").accept("text/csv").get("/api/v1/regulator/reports/daily").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("kelisim-deadlines-2026-10-23.csv"));

        assertThat(pdfText("2026-10-23", "en")).contains("Daily report on legal deadlines, 2026-10-23")
                .contains("Report Bank (BIN " + operator + ") 4 2 1 1 0 2.0").contains("Deadlines due per operator");
        assertThat(pdfText("2026-10-23", null)).contains("Заңдағы мерзімдер бойынша күнделікті есеп, 2026-10-23")
                .contains("Report Bank АҚ (БСН " + operator + ") 4 2 1 1 0 2.0").contains("Операторлар бойынша мерзімдер");
        assertThat(pdfText("2026-10-23", "ru")).contains("Ежедневный отчёт о сроках, установленных законом, 2026-10-23")
                .contains("АО Report Bank (БИН " + operator + ") 4 2 1 1 0 2.0");
        given().queryParam("date", "2026-10-24").queryParam("format", "csv").get("/api/v1/regulator/reports/daily")
                .then().statusCode(200).body(not(containsString(operator)));
        given().queryParam("date", "23.10.2026").get("/api/v1/regulator/reports/daily").then().statusCode(400);
        given().queryParam("date", "2026-10-23").queryParam("format", "xls").get("/api/v1/regulator/reports/daily").then().statusCode(400);
        given().queryParam("date", "2026-10-23").queryParam("lang", "de").get("/api/v1/regulator/reports/daily").then().statusCode(400)
                .body("errors[0].field", equalTo("lang"));
        given().get("/api/v1/regulator/reports/daily").then().statusCode(400).body("errors[0].field", equalTo("date"));
    }

    @Test
    @DisplayName("PDL-8.7, BRN-1: regulators see each operator's deadlines per week as met, met late, breached or open")
    void weekly_deadline_outcomes_per_operator() {
        String operator = SubjectNoticesTest.bin();
        String ref = pseudonym.of("950505503218");
        Instant received = Instant.parse("2026-10-02T05:00:00Z");
        // Due 24:00 Asia/Almaty on Friday 23 October (week of Monday 19 October) and on Friday 30 October.
        Instant firstDue = Instant.parse("2026-10-23T19:00:00Z");
        Instant secondDue = Instant.parse("2026-10-30T19:00:00Z");
        UUID inTime = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID silent = UUID.randomUUID();
        UUID consent = UUID.randomUUID();
        events.send(new ConsentRevoked(UUID.randomUUID(), received, ref, consent, operator, "weekly", received, false, List.of(
                new ConsentRevoked.Obligation(inTime, operator, false, firstDue),
                new ConsentRevoked.Obligation(late, operator, true, firstDue),
                new ConsentRevoked.Obligation(silent, operator, true, secondDue))));
        events.send(new StopConfirmed(UUID.randomUUID(), Instant.parse("2026-10-06T05:00:00Z"), ref, inTime, consent, operator,
                Instant.parse("2026-10-06T05:00:00Z"), firstDue, "MET"));
        events.send(new StopConfirmed(UUID.randomUUID(), Instant.parse("2026-10-27T05:00:00Z"), ref, late, consent, operator,
                Instant.parse("2026-10-27T05:00:00Z"), firstDue, "MET_LATE"));

        await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("operator", operator)
                .queryParam("from", "2026-10-19").queryParam("to", "2026-11-01").get("/api/v1/regulator/deadlines/weekly")
                .then().extract().<List<Integer>>path("metLate").equals(List.of(1, 0)));
        given().queryParam("operator", operator).queryParam("from", "2026-10-19").queryParam("to", "2026-11-01")
                .get("/api/v1/regulator/deadlines/weekly").then().statusCode(200)
                .body("weekStart", equalTo(List.of("2026-10-19", "2026-10-26")))
                .body("due", equalTo(List.of(2, 1))).body("met", equalTo(List.of(1, 0)))
                .body("breached", equalTo(List.of(0, 1))).body("open", equalTo(List.of(0, 0)));
        given().queryParam("operator", operator).queryParam("from", "2026-10-26").queryParam("to", "2026-11-01")
                .get("/api/v1/regulator/deadlines/weekly").then().statusCode(200).body("weekStart", equalTo(List.of("2026-10-26")));
        given().queryParam("from", "2026-11-02").queryParam("to", "2026-11-01").get("/api/v1/regulator/deadlines/weekly")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().queryParam("from", "2025-01-01").queryParam("to", "2026-11-01").get("/api/v1/regulator/deadlines/weekly")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("to", "01.11.2026").get("/api/v1/regulator/deadlines/weekly").then().statusCode(400);
    }

    @Test
    @DisplayName("PDL-8.7: regulators see the unanswered deadlines that fall due within the coming days, soonest first")
    void open_deadlines_due_soon() {
        String operator = SubjectNoticesTest.bin();
        String ref = pseudonym.of("950505503218");
        Instant now = Instant.now();
        UUID soon = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        UUID consent = UUID.randomUUID();
        events.send(new ConsentRevoked(UUID.randomUUID(), now, ref, consent, operator, "due-soon", now, false, List.of(
                new ConsentRevoked.Obligation(soon, operator, false, now.plus(Duration.ofDays(2))),
                new ConsentRevoked.Obligation(later, operator, true, now.plus(Duration.ofDays(10))))));

        await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("operator", operator).queryParam("days", "30")
                .get("/api/v1/regulator/deadlines/due-soon").then().extract().<List<String>>path("aggregateId").size() == 2);
        given().queryParam("operator", operator).queryParam("days", "3").get("/api/v1/regulator/deadlines/due-soon")
                .then().statusCode(200).body("aggregateId", equalTo(List.of(soon.toString())))
                .body("kind", equalTo(List.of("STOP_PROCESSING"))).body("operatorId", equalTo(List.of(operator)));
        given().queryParam("days", "0").get("/api/v1/regulator/deadlines/due-soon").then().statusCode(400);
        given().queryParam("days", "31").get("/api/v1/regulator/deadlines/due-soon").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @DisplayName("Operators cannot read the regulators' records")
    void operators_cannot_read_regulator_records() {
        given().get("/api/v1/regulator/sla-breaches").then().statusCode(403);
        given().queryParam("date", "2026-10-23").get("/api/v1/regulator/reports/daily").then().statusCode(403);
        given().get("/api/v1/regulator/deadlines/weekly").then().statusCode(403);
        given().get("/api/v1/regulator/deadlines/due-soon").then().statusCode(403);
    }
}
