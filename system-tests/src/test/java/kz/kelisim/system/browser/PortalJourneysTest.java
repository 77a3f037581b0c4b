package kz.kelisim.system.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
    private static final List<String> ACCESSIBILITY = new ArrayList<>();

    @Test
    @DisplayName("PDL-8.7: aigerim revokes in the portal, sees the 15-working-day obligations with their countdown, in kk, ru and en")
    void subject_revokes_and_follows_the_countdown() {
        String purpose = registerSharedPurpose();
        String consent = recordConsent(AIGERIM, purpose);
        try (Browser aigerim = Browser.signedInAs("aigerim")) {
            aigerim.open("/consents");
            assertThat(aigerim.page()).contains("Менің келісімдерім").contains(purpose);
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
                 "legalBasis":"CONSENT","dataCategories":[{"name":"income","biometric":false,"publicPlaceIdentification":false}],
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
                        + Instant.now().minusSeconds(5) + "\"}")
                .post(Suite.objection() + "/api/v1/decisions").then().statusCode(201).extract().path("id");
    }
}
