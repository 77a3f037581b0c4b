package kz.kelisim.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kelisim.portal.clients.ConsentApi;
import kz.kelisim.portal.clients.ConsentDetail;
import kz.kelisim.portal.clients.ConsentSummary;
import kz.kelisim.portal.clients.Localized;
import kz.kelisim.portal.clients.Obligation;
import kz.kelisim.portal.clients.Revocation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Consent detail and revocation pages, with consent-service replaced; the system tests drive the real one.
 */
@QuarkusTest
class ConsentDetailPageTest {

    static final UUID ID = UUID.fromString("7b0c8a52-3c1e-4bb4-9a53-4a3a5a1f0001");

    @InjectMock
    @RestClient
    ConsentApi consentApi;

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @DisplayName("The purpose is shown in the chosen language, with each party's obligation and working days left")
    void detail_shows_purpose_in_language_and_obligations() {
        when(consentApi.myConsent(ID)).thenReturn(detail("REVOKED", List.of(
                obligation("050140001238", false, "OPEN", 12), obligation("120340004562", true, "STOPPED", 0))));
        given().queryParam("lang", "ru").get("/consents/" + ID).then().statusCode(200)
                .body(containsString("Кредитный скоринг"))
                .body(containsString("Осталось рабочих дней: 12"))
                .body(containsString("Обработка прекращена"))
                // due 2026-12-11T19:00Z is the first moment of 12 December in Almaty: shown as 11 December, 24:00
                .body(containsString("11 декабря 2026 г., 24:00"))
                .body(not(containsString("/revoke\"")));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @DisplayName("PDL-17.3: a purpose that sends data to the national AI platform says so, with who depersonalises them, in the chosen language")
    void transfer_to_the_national_ai_platform_is_shown_with_its_depersonaliser_PDL_17_3() {
        ConsentDetail plain = detail("ACTIVE", List.of());
        ConsentDetail.Purpose p = plain.purpose();
        when(consentApi.myConsent(ID)).thenReturn(new ConsentDetail(plain.consent(), new ConsentDetail.Purpose(p.code(),
                p.version(), p.title(), p.description(), p.legalBasis(), p.recipients(),
                new ConsentDetail.NationalAiPlatform("OPERATOR")), plain.history(), plain.obligations()));
        given().get("/consents/" + ID).then().statusCode(200)
                .body(containsString("Ұлттық жасанды интеллект платформасы"))
                .body(containsString("деректер жіберілмес бұрын оператор иесіздендіреді"));
        given().queryParam("lang", "ru").get("/consents/" + ID).then().statusCode(200)
                .body(containsString("Национальная платформа искусственного интеллекта"))
                .body(containsString("оператор обезличивает данные до передачи"));
        when(consentApi.myConsent(ID)).thenReturn(new ConsentDetail(plain.consent(), new ConsentDetail.Purpose(p.code(),
                p.version(), p.title(), p.description(), p.legalBasis(), p.recipients(),
                new ConsentDetail.NationalAiPlatform("PLATFORM_OPERATOR")), plain.history(), plain.obligations()));
        given().queryParam("lang", "en").get("/consents/" + ID).then().statusCode(200)
                .body(containsString("National AI platform"))
                .body(containsString("operator depersonalises the data (PDL Art. 17(3))"))
                .body(not(containsString("before sending")));
        when(consentApi.myConsent(ID)).thenReturn(plain);
        given().queryParam("lang", "en").get("/consents/" + ID).then().statusCode(200)
                .body(not(containsString("national-ai-platform")));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @DisplayName("PDL-8.7: a reasoned refusal shows the legislation it rests on as a citation in the chosen language, on the consent and on my revocations")
    void refusal_shows_the_legislation_in_the_chosen_language() {
        when(consentApi.myConsent(ID)).thenReturn(detail("REVOKED", List.of(refused("120340004562"))));
        when(consentApi.myConsents()).thenReturn(List.of(detail("REVOKED", List.of()).consent()));
        given().get("/consents/" + ID).then().statusCode(200)
                .body(containsString("Қазақстан Республикасының 2004 жылғы 5 шілдедегі № 567-II Заңы, 15-бап"))
                .body(containsString("Байланыс туралы заң бойынша сақталады"));
        given().queryParam("lang", "ru").get("/revocations").then().statusCode(200)
                .body(containsString("Закон Республики Казахстан от 5 июля 2004 года № 567-II, статья 15"))
                .body(containsString("Хранится по закону о связи"));
        // English reasons were not given: the Kazakh ones are shown, next to the English citation.
        given().queryParam("lang", "en").get("/revocations").then().statusCode(200)
                .body(containsString("Law of the Republic of Kazakhstan No. 567-II of 5 July 2004, Article 15"))
                .body(containsString("Байланыс туралы заң бойынша сақталады"));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @DisplayName("PDL-8.7: the revocation confirmation explains the 15-working-day obligation in Kazakh by default")
    void confirmation_explains_the_fifteen_working_days() {
        when(consentApi.myConsent(ID)).thenReturn(detail("ACTIVE", List.of()));
        given().get("/consents/" + ID + "/revoke").then().statusCode(200)
                .body(containsString("15 жұмыс күні ішінде"))
                .body(containsString("name=\"csrf-token\""));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @DisplayName("Revoking needs the form's CSRF token; with it the revocation is sent and the page shows the result")
    void revocation_needs_the_csrf_token() {
        when(consentApi.myConsent(ID)).thenReturn(detail("ACTIVE", List.of()));
        when(consentApi.revoke(any())).thenReturn(new Revocation(ID, Instant.now(), List.of()));

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .post("/consents/" + ID + "/revoke").then().statusCode(400);
        verify(consentApi, never()).revoke(any());

        Response form = given().get("/consents/" + ID + "/revoke");
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(form.asString());
        org.assertj.core.api.Assertions.assertThat(token.find()).isTrue();
        given().redirects().follow(false).cookies(form.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token.group(1))
                .post("/consents/" + ID + "/revoke").then().statusCode(303)
                .header("Location", endsWith("/consents/" + ID + "?revoked=1"));
        verify(consentApi).revoke(ID);
    }

    private static ConsentDetail detail(String status, List<Obligation> obligations) {
        return new ConsentDetail(
                new ConsentSummary(ID, "050140001238", "loan-scoring", 1, status, Instant.parse("2026-11-02T04:00:00Z"),
                        null, false, "REVOKED".equals(status) ? Instant.parse("2026-11-20T04:00:00Z") : null, false, "900515401230", null),
                new ConsentDetail.Purpose("loan-scoring", 1,
                        new Localized("Несиелік скоринг", "Кредитный скоринг", "Loan scoring"),
                        new Localized("Табыс пен несие тарихын бағалау", "Оценка дохода и кредитной истории", "Income and credit history"),
                        "CONSENT", List.of("120340004562")),
                List.of(new ConsentDetail.HistoryEntry(Instant.parse("2026-11-02T04:00:00Z"), "GRANTED", "050140001238", null)),
                obligations);
    }

    private static Obligation obligation(String party, boolean third, String status, int left) {
        return new Obligation(UUID.randomUUID(), ID, party, third, "050140001238", "loan-scoring",
                Instant.parse("2026-11-20T04:00:00Z"), Instant.parse("2026-12-11T19:00:00Z"), LocalDate.of(2026, 12, 11),
                left, status, "OPEN".equals(status) ? null : "MET", null, "STOPPED".equals(status) ? "deleted" : null, null, null);
    }

    private static Obligation refused(String party) {
        return new Obligation(UUID.randomUUID(), ID, party, true, "050140001238", "loan-scoring",
                Instant.parse("2026-11-20T04:00:00Z"), Instant.parse("2026-12-11T19:00:00Z"), LocalDate.of(2026, 12, 11),
                0, "REFUSED", "MET", Instant.parse("2026-11-26T09:00:00Z"), null,
                new Localized("Қазақстан Республикасының 2004 жылғы 5 шілдедегі № 567-II Заңы, 15-бап",
                        "Закон Республики Казахстан от 5 июля 2004 года № 567-II, статья 15",
                        "Law of the Republic of Kazakhstan No. 567-II of 5 July 2004, Article 15"),
                new Localized("Байланыс туралы заң бойынша сақталады", "Хранится по закону о связи", null));
    }
}
