package kz.kelisim.system.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.kelisim.system.Suite;
import kz.kelisim.system.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The portal's journeys in a real Chromium, through the real Keycloak login page, against the
 * running suite: a subject revokes and follows each party's countdown, switches language; operator
 * staff answer from their queues; a subject objects and appeals; the regulator decides the appeal
 * and downloads the daily PDF. Every page visited is checked with axe-core for serious violations,
 * and the main pages are kept as screenshots under target/screenshots.
 */
class PortalJourneysTest {

    static final String AIGERIM = "900515401230";
    static final String DANIYAR = "851102304561";
    static final String GULNARA = "880502400037";
    private static final List<String> ACCESSIBILITY = new ArrayList<>();

    @Test
    @DisplayName("PDL-8.7: aigerim revokes in the portal, sees the 15-working-day obligations with their countdown, in kk, ru and en")
    void subject_revokes_and_follows_the_countdown() {
        String purpose = registerSharedPurpose();
        String consent = recordConsent(AIGERIM, purpose);
        try (Browser aigerim = Browser.signedInAs("aigerim")) {
            aigerim.open("/consents");
            // The list names the purpose by its title in the page's language, not by its code.
            assertThat(aigerim.page()).contains("Менің келісімдерім").contains("Несиелік скоринг").doesNotContain(purpose);
            assertThat(aigerim.driver.findElements(By.cssSelector("a[href$='/consents/" + consent + "']"))).isNotEmpty();
            check(aigerim, "consents");
            aigerim.screenshot("kk-my-consents");

            aigerim.open("/consents/" + consent);
            assertThat(aigerim.text("h1")).isEqualTo("Несиелік скоринг");
            aigerim.find("a.button.danger").click();
            assertThat(aigerim.text("#obligation-explained")).contains("15 жұмыс күні");
            check(aigerim, "revocation confirmation");
            aigerim.find("#confirm-revoke").click();

            assertThat(aigerim.text("#revoked-notice")).isNotBlank();
            assertThat(aigerim.text("#status")).isEqualTo("Кері қайтарылды");
            List<String> countdowns = aigerim.driver.findElements(By.cssSelector("table.obligations td.countdown"))
                    .stream().map(e -> e.getText()).toList();
            assertThat(countdowns).hasSize(2).allMatch(t -> t.matches("\\d+ жұмыс күні қалды"));
            assertThat(aigerim.text("table.obligations tbody tr td:nth-child(2)")).endsWith("24:00");
            check(aigerim, "consent detail");
            aigerim.screenshot("kk-revocation-countdown");

            aigerim.open("/revocations");
            assertThat(aigerim.page()).contains("Несиелік скоринг");
            check(aigerim, "revocations");

            aigerim.open("/consents?lang=ru");
            assertThat(aigerim.text("h1")).isEqualTo("Мои согласия");
            aigerim.open("/consents/" + consent);
            assertThat(aigerim.text("h1")).isEqualTo("Кредитный скоринг");
            assertThat(aigerim.text("#status")).isEqualTo("Отозвано");
            aigerim.open("/consents?lang=en");
            assertThat(aigerim.text("h1")).isEqualTo("My consents");
            aigerim.open("/notifications");
            assertThat(aigerim.text("h1")).isEqualTo("Notifications");
            check(aigerim, "notifications");

            aigerim.open("/settings");
            aigerim.find("#email").clear();
            aigerim.find("#email").sendKeys("aigerim@example.kz");
            new Select(aigerim.find("#language")).selectByValue("kk");
            check(aigerim, "settings");
            aigerim.find("form.stacked button").click();
            assertThat(aigerim.text("#settings-saved")).isEqualTo("Saved.");
        }
        given().auth().oauth2(Tokens.user("aigerim")).get(Suite.notification() + "/api/v1/me/contact").then()
                .statusCode(200).body("email", org.hamcrest.Matchers.equalTo("aigerim@example.kz"))
                .body("language", org.hamcrest.Matchers.equalTo("kk"));
    }

    @Test
    @DisplayName("PDL-8.7: bank-officer confirms a stop from the obligations queue, and the obligation is STOPPED")
    void operator_staff_confirm_a_stop_from_the_queue() {
        String purpose = registerSharedPurpose();
        String consent = recordConsent(AIGERIM, purpose);
        given().auth().oauth2(Tokens.user("aigerim")).post(Suite.consent() + "/api/v1/me/consents/" + consent + "/revocation")
                .then().statusCode(201);
        String obligation = given().auth().oauth2(Tokens.operator("demo-bank")).queryParam("status", "OPEN")
                .get(Suite.consent() + "/api/v1/obligations").then().statusCode(200).extract()
                .path("find { it.consentId == '" + consent + "' }.id");
        try (Browser officer = Browser.signedInAs("bank-officer")) {
            officer.open("/operator/obligations");
            String section = "section[data-obligation='" + obligation + "']";
            officer.find(section + " input[name=evidence]").sendKeys("Scores deleted from the scoring store");
            check(officer, "obligations queue");
            officer.screenshot("kk-operator-obligations");
            officer.find(section + " form[action$='/stopped'] button").click();
            officer.wait.until(ExpectedConditions.urlContains("answered=1"));
            assertThat(officer.driver.findElements(By.cssSelector(section))).isEmpty();
        }
        given().auth().oauth2(Tokens.operator("demo-bank")).get(Suite.consent() + "/api/v1/obligations/" + obligation)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("STOPPED"));
    }

    @Test
    @DisplayName("PDL-19-1.2, PDL-19-1.3: daniyar objects to a decision, bank-officer rejects it, daniyar appeals, the inspector decides")
    void objection_rejection_and_appeal() {
        String decision = recordDecisionAbout(DANIYAR);
        try (Browser daniyar = Browser.signedInAs("daniyar")) {
            daniyar.open("/decisions");
            String section = "section[data-decision='" + decision + "']";
            assertThat(daniyar.text(section)).contains("Лимитті модель адамның қатысуынсыз есептейді");
            check(daniyar, "decisions");
            daniyar.find(section + " summary").click();
            new Select(daniyar.find(section + " select[name=remedy]")).selectByValue("HUMAN_REVIEW");
            daniyar.find(section + " textarea[name=reason]").sendKeys("Менің табысым ескерілмеді");
            daniyar.find(section + " form button").click();
            assertThat(daniyar.text("#objection-filed")).contains("3 жұмыс күні");
            check(daniyar, "objections");
        }
        String objection = given().auth().oauth2(Tokens.user("daniyar")).get(Suite.objection() + "/api/v1/me/objections")
                .then().statusCode(200).extract().path("find { it.decisionId == '" + decision + "' }.id");
        try (Browser officer = Browser.signedInAs("bank-officer")) {
            officer.open("/operator/objections");
            String section = "section[data-objection='" + objection + "']";
            officer.find(section + " input[value=REJECTED]").click();
            officer.find(section + " textarea[name=textKk]").sendKeys("Табыс туралы анықтама жоқ");
            officer.find(section + " textarea[name=textRu]").sendKeys("Нет справки о доходах");
            check(officer, "objections queue");
            officer.find(section + " form button").click();
            officer.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(section)));
        }
        try (Browser daniyar = Browser.signedInAs("daniyar")) {
            daniyar.open("/objections");
            String section = "section[data-objection='" + objection + "']";
            assertThat(daniyar.text(section + " .objection-status")).isEqualTo("Қабылданбады");
            assertThat(daniyar.text(section + " .objection-result")).isEqualTo("Табыс туралы анықтама жоқ");
            daniyar.find(section + " textarea[name=grounds]").sendKeys("Анықтаманы жібердім");
            daniyar.find(section + " form button").click();
            assertThat(daniyar.text(section + " .appeal-status")).isEqualTo("Қаралуда");
        }
        try (Browser inspector = Browser.signedInAs("inspector")) {
            inspector.open("/regulator/appeals");
            String appeal = given().auth().oauth2(Tokens.user("inspector")).get(Suite.objection() + "/api/v1/appeals")
                    .then().statusCode(200).extract().path("find { it.id == '" + objection + "' }.appeal.id");
            String section = "section[data-appeal='" + appeal + "']";
            inspector.find(section + " input[value=DISMISSED]").click();
            inspector.find(section + " textarea[name=textKk]").sendKeys("Оператор дұрыс шешім қабылдады");
            inspector.find(section + " textarea[name=textRu]").sendKeys("Оператор принял верное решение");
            check(inspector, "appeals queue");
            inspector.find(section + " form button").click();
            inspector.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(section)));
        }
        given().auth().oauth2(Tokens.user("daniyar")).get(Suite.objection() + "/api/v1/me/objections/" + objection)
                .then().statusCode(200).body("appeal.outcome", org.hamcrest.Matchers.equalTo("DISMISSED"));
    }

    @Test
    @DisplayName("The inspector sees the dashboard with its chart and downloads the daily PDF report")
    void regulator_dashboard_and_daily_pdf() {
        try (Browser inspector = Browser.signedInAs("inspector")) {
            inspector.open("/regulator");
            assertThat(inspector.driver.findElements(By.cssSelector("#sla-chart svg"))).hasSize(1);
            assertThat(inspector.driver.findElements(By.cssSelector("#incidents"))).hasSize(1);
            check(inspector, "dashboard");
            inspector.screenshot("kk-regulator-dashboard");
            Object pdf = inspector.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/regulator/reports/daily?format=pdf&date=' + new Date().toISOString().slice(0, 10))
                      .then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + ' '
                          + String.fromCharCode(...new Uint8Array(b.slice(0, 5))) + ' ' + b.byteLength)));""");
            String[] parts = pdf.toString().split(" ");
            assertThat(parts[0]).isEqualTo("application/pdf");
            assertThat(parts[1]).isEqualTo("%PDF-");
            assertThat(Integer.parseInt(parts[2])).isGreaterThan(1_000);
        }
    }

    @Test
    @DisplayName("PDL-8.7: aigerim downloads her consent receipt as a PDF whose text names the purpose, the operator and the receipt")
    void subject_downloads_the_receipt_pdf() throws java.io.IOException {
        String purpose = registerSharedPurpose();
        String consent = recordConsent(AIGERIM, purpose);
        try (Browser aigerim = Browser.signedInAs("aigerim")) {
            aigerim.open("/consents/" + consent + "?lang=ru");
            String href = aigerim.find("#receipt-pdf").getAttribute("href");
            assertThat(href).endsWith("/consents/" + consent + "/receipt.pdf");
            check(aigerim, "consent detail with receipts");
            Object download = aigerim.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {
                      let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));
                      done(r.headers.get('content-type') + ' ' + btoa(s)); }));""", href);
            String[] parts = download.toString().split(" ");
            assertThat(parts[0]).isEqualTo("application/pdf");
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(java.util.Base64.getDecoder().decode(parts[1]))) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertThat(text).contains("Квитанция о согласии на обработку персональных данных")
                        .contains("Кредитный скоринг").contains("050140001238").contains(consent).contains("Действует")
                        .contains("ES256");
            }
        }
    }

    @Test
    @DisplayName("BRN-1: bank-officer reports a breach through the form, first with a missing fact named in the page, then filed and listed")
    void operator_staff_report_a_breach() {
        String marker = "Portal breach " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser officer = Browser.signedInAs("bank-officer")) {
            officer.open("/operator/breaches?lang=en");
            check(officer, "breach report form");
            assertThat(officer.fitsPhoneWidth()).as("breach report form on a phone").isTrue();
            String detected = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Almaty")).minusHours(2)
                    .withSecond(0).withNano(0).toString();
            officer.driver.executeScript("document.getElementById('detectedAt').value = arguments[0];", detected);
            officer.find("#description").sendKeys(marker);
            officer.find("#breach-submit").click();
            assertThat(officer.text("#breach-errors")).contains("Enter at least one data category.")
                    .contains("Describe the measures taken.");
            assertThat(officer.find("#dataCategories").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(officer.find("#description").getAttribute("value")).isEqualTo(marker);
            check(officer, "breach report form with errors");
            officer.find("#dataCategories").sendKeys("IIN, phone number");
            officer.find("#measures").sendKeys("Exported file deleted, access keys rotated");
            officer.find("#contactName").sendKeys("Asel Omarova");
            officer.find("#breach-submit").click();
            assertThat(officer.text("#breach-filed")).isEqualTo("The report was sent and recorded for the authorised body.");
            assertThat(officer.driver.findElement(By.xpath("//table[@id='own-breaches']//tr[td[contains(., '" + marker + "')]]"))
                    .findElement(By.cssSelector("td.report-state")).getText()).isEqualTo("Reported in time");
            check(officer, "own breach reports");
            officer.screenshot("en-operator-breach-report");
        }
        given().auth().oauth2(Tokens.operator("demo-bank")).get(Suite.notification() + "/api/v1/breaches").then()
                .statusCode(200).body("find { it.description == '" + marker + "' }.dataCategories",
                        org.hamcrest.Matchers.equalTo(List.of("IIN", "phone number")));
    }

    @Test
    @DisplayName("PDL-8.7: gulnara sees the consents of aigerim, whom she represents, marked with whose data it is and that she acts as representative")
    void representative_sees_the_represented_persons_consents() {
        String purpose = registerSharedPurpose();
        String consent = given().auth().oauth2(Tokens.operator("demo-bank")).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"subjectIin\":\"" + AIGERIM + "\",\"purposeCode\":\"" + purpose + "\",\"representative\":"
                        + "{\"iin\":\"" + GULNARA + "\",\"basis\":\"POWER_OF_ATTORNEY\",\"document\":\"No. 2026-114\"}}")
                .post(Suite.consent() + "/api/v1/consents").then().statusCode(201).extract().path("id");
        try (Browser gulnara = Browser.signedInAs("gulnara")) {
            gulnara.open("/consents");
            String section = "#held-" + AIGERIM;
            assertThat(gulnara.text(section + " h2")).isEqualTo("Сіз өкілі болып табылатын адамның келісімдері (ЖСН " + AIGERIM + ")");
            assertThat(gulnara.text(section + " .acting-note")).contains("Сіз заңды өкіл ретінде әрекет етесіз.")
                    .contains("сенімхат");
            assertThat(gulnara.driver.findElements(By.cssSelector(section + " tr[data-consent='" + consent + "']"))).hasSize(1);
            assertThat(gulnara.driver.findElements(By.cssSelector("#consents tr[data-consent='" + consent + "']"))).isEmpty();
            check(gulnara, "represented person's consents");
            assertThat(gulnara.fitsPhoneWidth()).as("represented person's consents on a phone").isTrue();
            gulnara.screenshot("kk-representative-consents");
            gulnara.find(section + " tr[data-consent='" + consent + "'] a").click();
            assertThat(gulnara.text(".acting-for")).contains("Сіз заңды өкіл ретінде әрекет етесіз.")
                    .contains("ЖСН " + AIGERIM);
            assertThat(gulnara.find(".acting-for").getAttribute("role")).isEqualTo("note");
            check(gulnara, "represented person's consent");
        }
    }

    @Test
    @DisplayName("PDL-8.7, BRN-1: the inspector sees deadlines per operator week by week, open deadlines due soon and late breach reports, charts with tables")
    void regulator_sees_charts_over_time() {
        // An objection opens a 3-working-day review for demo-bank: due within the week (PDL-19-1.3).
        String decision = recordDecisionAbout(DANIYAR);
        String objection = given().auth().oauth2(Tokens.user("daniyar")).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"decisionId\":\"" + decision + "\",\"remedy\":\"HUMAN_REVIEW\",\"reason\":\"Chart check\"}")
                .post(Suite.objection() + "/api/v1/me/objections").then().statusCode(201).extract().path("id");
        // demo-insurer reports a breach ten days after detecting it: met late (BRN-1).
        String late = given().auth().oauth2(Tokens.operator("demo-insurer")).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body("""
                {"detectedAt":"%s","description":"Late portal chart report","dataCategories":["IIN"],"measures":"Access closed"}"""
                        .formatted(Instant.now().minus(java.time.Duration.ofDays(10))))
                .post(Suite.notification() + "/api/v1/breaches").then().statusCode(201).extract().path("id");
        // The objection reaches notification-service as an event. Other tests leave demo-bank deadlines due soon
        // too, so wait for this objection's own deadline rather than for any demo-bank row on the page.
        await().atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> given().auth().oauth2(Tokens.user("inspector")).queryParam("days", 7).queryParam("operator", "050140001238")
                        .get(Suite.notification() + "/api/v1/regulator/deadlines/due-soon").then().statusCode(200)
                        .extract().<List<String>>path("aggregateId").contains(objection));
        try (Browser inspector = Browser.signedInAs("inspector")) {
            inspector.open("/regulator?lang=en");
            assertThat(inspector.text("#due-soon")).contains("050140001238");
            assertThat(inspector.text("#due-soon")).contains("Objection review (3 working days)");
            assertThat(inspector.text("#trend-table")).contains("980840001237");
            assertThat(inspector.driver.findElements(By.cssSelector(".trend-chart svg[role=img]"))).isNotEmpty();
            assertThat(inspector.find(".trend-chart svg title").getAttribute("textContent")).startsWith("Deadlines by week: ");
            assertThat(inspector.text("#trend-legend")).contains("late").contains("deadline missed");
            assertThat(inspector.text("#trend-table caption")).isEqualTo("Deadlines by week (the numbers in the charts)");
            assertThat(inspector.find("#late-chart svg title").getAttribute("textContent")).isEqualTo("Late breach reports, hours late");
            assertThat(inspector.text("#incidents")).contains("980840001237");
            assertThat(inspector.driver.findElements(By.tagName("script"))).isEmpty();
            check(inspector, "dashboard with charts over time");
            assertThat(inspector.fitsPhoneWidth()).as("dashboard on a phone").isTrue();
            inspector.open("/regulator?lang=kk");
            assertThat(inspector.text("#trend-table caption")).isEqualTo("Апталар бойынша мерзімдер (диаграммалардағы сандар)");
            inspector.screenshot("kk-regulator-trends");
        }
        given().auth().oauth2(Tokens.user("inspector")).get(Suite.notification() + "/api/v1/regulator/breaches/" + late)
                .then().statusCode(200).body("late", org.hamcrest.Matchers.equalTo(true));
    }

    @AfterAll
    static void report() {
        System.out.println("Accessibility (axe-core, serious and critical): " + ACCESSIBILITY.size() + " violations");
        ACCESSIBILITY.forEach(v -> System.out.println("  " + v));
    }

    /** Runs axe-core on the current page; serious and critical violations fail the journey. */
    private static void check(Browser browser, String page) {
        List<String> violations = browser.accessibilityViolations();
        violations.forEach(v -> ACCESSIBILITY.add(page + ": " + v));
        assertThat(violations).as("serious accessibility violations on " + page).isEmpty();
    }

    private static String registerSharedPurpose() {
        String code = "portal-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.operator("demo-bank")).contentType("application/json").body("""
                {"code":"%s","title":{"kk":"Несиелік скоринг","ru":"Кредитный скоринг","en":"Loan scoring"},
                 "description":{"kk":"Несие өтінімін қарау үшін табыс пен несие тарихын бағалау, шешім отыз күн сақталады",
                   "ru":"Оценка дохода и кредитной истории для рассмотрения заявки на кредит, решение хранится тридцать дней",
                   "en":"Assess income and credit history to decide a loan application; the decision is kept thirty days"},
                 "legalBasis":"CONSENT","untilPurposeAchieved":true,"dataCategories":[{"name":"income","biometric":false,"publicPlaceIdentification":false}],
                 "source":"SUBJECT","recipients":["120340004562"],"automated":true,"aiSystem":false}""".formatted(code))
                .post(Suite.consent() + "/api/v1/purposes").then().statusCode(201);
        return code;
    }

    private static String recordConsent(String iin, String purpose) {
        return given().auth().oauth2(Tokens.operator("demo-bank")).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"subjectIin\":\"" + iin + "\",\"purposeCode\":\"" + purpose + "\"}")
                .post(Suite.consent() + "/api/v1/consents").then().statusCode(201).extract().path("id");
    }

    private static String recordDecisionAbout(String iin) {
        String code = "portal-limit-" + UUID.randomUUID().toString().substring(0, 8);
        String bank = Tokens.operator("demo-bank");
        String activity = given().auth().oauth2(bank).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body("""
                {"code":"%s","name":"Credit limit review","legalEffect":true,
                 "legalBasis":{"kind":"LAW","lawReference":"Law on Banks, Art. 34"},
                 "procedure":{"kk":"Лимитті модель адамның қатысуынсыз есептейді","ru":"Лимит без участия человека рассчитывает модель","en":"A model sets the limit"},
                 "consequences":{"kk":"Лимит азаюы мүмкін","ru":"Лимит может уменьшиться","en":"The limit may go down"},
                 "aiComponents":{"used":false},
                 "howToObject":{"kk":"Порталда қарсылық білдіріңіз","ru":"Подайте возражение на портале","en":"Object in the portal"},
                 "howToProtectRights":{"kk":"Уәкілетті органға шағым","ru":"Жалоба в уполномоченный орган","en":"Appeal to the regulator"}}"""
                        .formatted(code))
                .post(Suite.objection() + "/api/v1/processing-activities").then().statusCode(201).extract().path("id");
        given().auth().oauth2(bank).post(Suite.objection() + "/api/v1/processing-activities/" + activity + "/publish")
                .then().statusCode(200);
        return given().auth().oauth2(bank).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"activityCode\":\"" + code + "\",\"subjectIin\":\"" + iin + "\",\"outcome\":\"Limit lowered\",\"decidedAt\":\""
                        + Instant.now() + "\"}")
                .post(Suite.objection() + "/api/v1/decisions").then().statusCode(201).extract().path("id");
    }
}
