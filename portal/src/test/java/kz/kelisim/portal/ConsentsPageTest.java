package kz.kelisim.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.ws.rs.ProcessingException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.portal.clients.ConsentApi;
import kz.kelisim.portal.clients.ConsentSummary;
import kz.kelisim.portal.clients.Localized;
import kz.kelisim.portal.clients.OperatorProfile;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The page's rendering, with consent-service replaced; the system tests drive the real one.
 */
@QuarkusTest
class ConsentsPageTest {

    @InjectMock
    @RestClient
    ConsentApi consentApi;

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @DisplayName("PDL-8.6, PDL-8.5: a consent without a term shows 'until the purpose is achieved', a capped one says it is the longest its purpose allows; times are in Almaty")
    void lists_consents_with_term_and_status() {
        when(consentApi.myConsents()).thenReturn(List.of(
                new ConsentSummary(UUID.randomUUID(), "050140001238", "loan-scoring", 1, "ACTIVE",
                        Instant.parse("2026-11-20T05:30:00Z"), null, false, null, false, "900515401230", null),
                new ConsentSummary(UUID.randomUUID(), "120340004562", "card-marketing", 2, "EXPIRED",
                        Instant.parse("2026-01-10T05:30:00Z"), Instant.parse("2026-06-30T19:00:00Z"), true, null, false,
                        "900515401230", null)));
        given().queryParam("lang", "en").get("/consents").then().statusCode(200)
                .body(containsString("loan-scoring"))
                .body(containsString("Until the purpose is achieved"))
                .body(containsString("Expired"))
                // PDL-8.5: the capped term says it is the purpose's longest
                .body(containsString("the longest this purpose allows"))
                // 05:30 UTC is 10:30 in Asia/Almaty (UTC+5)
                .body(containsString("10:30"));
        given().get("/consents").then().statusCode(200).body(containsString("Мақсатқа жеткенге дейін"))
                .body(containsString("бұл мақсат үшін рұқсат етілген ең ұзақ мерзім"));
        given().queryParam("lang", "ru").get("/consents").then().statusCode(200)
                .body(containsString("самый долгий срок, допустимый для этой цели"));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @DisplayName("Languages, ID-1: an operator is shown by its name in the page's language with its BIN beside it; one without a profile as an unregistered operator, never a bare BIN; a purpose by its title")
    void operators_are_shown_by_name_with_their_bin() {
        when(consentApi.myConsents()).thenReturn(List.of(
                new ConsentSummary(UUID.randomUUID(), "050140001238", "loan-scoring", 1, "ACTIVE",
                        Instant.parse("2026-11-20T05:30:00Z"), null, false, null, false, "900515401230", null,
                        new Localized("Несиелік скоринг", "Кредитный скоринг", "Loan scoring")),
                new ConsentSummary(UUID.randomUUID(), "120340004562", "card-marketing", 2, "ACTIVE",
                        Instant.parse("2026-01-10T05:30:00Z"), null, false, null, false, "900515401230", null)));
        when(consentApi.operators()).thenReturn(List.of(new OperatorProfile("050140001238",
                new Localized("Демо Банк АҚ", "АО Демо Банк", "Demo Bank"), null, null, null)));
        given().queryParam("lang", "en").get("/consents").then().statusCode(200)
                .body(containsString("Demo Bank (BIN 050140001238)"))
                .body(containsString("unregistered operator (BIN 120340004562)"))
                .body(not(containsString("<td>050140001238</td>")))
                // A purpose is named by its title in the page's language; only without one by its code.
                .body(containsString(">Loan scoring</a>"))
                .body(containsString(">card-marketing</a>"));
        given().queryParam("lang", "ru").get("/consents").then().statusCode(200)
                .body(containsString("АО Демо Банк (БИН 050140001238)"))
                .body(containsString("незарегистрированный оператор (БИН 120340004562)"))
                .body(containsString(">Кредитный скоринг</a>"));
        given().get("/consents").then().statusCode(200)
                .body(containsString("Демо Банк АҚ (БСН 050140001238)"))
                .body(containsString("тіркелмеген оператор (БСН 120340004562)"));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    void an_unreachable_service_gives_a_page_that_says_so() {
        when(consentApi.myConsents()).thenThrow(new ProcessingException("connection refused"));
        given().queryParam("lang", "ru").get("/consents").then().statusCode(503)
                .body(containsString("Сервис временно недоступен"));
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    void only_subjects_see_my_consents() {
        given().get("/consents").then().statusCode(403);
    }
}
