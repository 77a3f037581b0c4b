package kz.kelisim.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.ws.rs.WebApplicationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kelisim.portal.clients.Obligation;
import kz.kelisim.portal.clients.ObligationApi;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Operator staff answer revocations from the queue (PDL-8.7), with consent-service replaced.
 */
@QuarkusTest
@TestSecurity(user = "bank-officer", roles = "operator")
class ObligationsQueuePageTest {

    static final UUID ID = UUID.fromString("7b0c8a52-3c1e-4bb4-9a53-4a3a5a1f0002");

    @InjectMock
    @RestClient
    ObligationApi obligationApi;

    @BeforeEach
    void one_open_obligation() {
        when(obligationApi.list("OPEN")).thenReturn(List.of(new Obligation(ID, UUID.randomUUID(), "050140001238", false,
                "050140001238", "loan-scoring", Instant.parse("2026-11-20T04:00:00Z"), Instant.parse("2026-12-11T19:00:00Z"),
                LocalDate.of(2026, 12, 11), 12, "OPEN", null, null, null, null, null)));
    }

    @Test
    @DisplayName("PDL-8.7: the refusal form asks for the legislation, a normative legal act of any kind, in the page's language")
    void refusal_form_asks_for_the_legislation() {
        given().queryParam("lang", "ru").get("/operator/obligations").then().statusCode(200)
                .body(containsString("Законодательство, требующее хранить данные"))
                .body(containsString("name=\"legalActKind\""))
                .body(containsString("<option value=\"GOVERNMENT_RESOLUTION\">Постановление Правительства</option>"))
                .body(containsString("name=\"legalActNumber\"")).body(containsString("name=\"legalActDate\" type=\"date\""))
                .body(containsString("name=\"legalActArticle\""))
                .body(not(containsString("lawReference")));
    }

    @Test
    @DisplayName("PDL-8.7: a refusal is sent with the act's kind, number, date and article")
    void refusal_is_sent_with_the_structured_act() {
        Response form = given().get("/operator/obligations");
        // A browser sends the form of a UTF-8 page in UTF-8.
        given().redirects().follow(false).cookies(form.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("csrf-token", csrf(form), "legalActKind", "MINISTERIAL_ORDER", "legalActNumber", " 12 ",
                        "legalActDate", "2020-10-30", "legalActArticle", "15.2", "reasonKk", "Сақталады", "reasonRu", "Хранится",
                        "reasonEn", ""))
                .post("/operator/obligations/" + ID + "/refusal").then().statusCode(303)
                .header("Location", endsWith("/operator/obligations?answered=1"));
        ArgumentCaptor<ObligationApi.Refusal> sent = ArgumentCaptor.forClass(ObligationApi.Refusal.class);
        verify(obligationApi).refuse(eq(ID), sent.capture());
        assertThat(sent.getValue().legalAct()).isEqualTo(new ObligationApi.LegalAct("MINISTERIAL_ORDER", "12", "2020-10-30", "15.2"));
        assertThat(sent.getValue().reasons().kk()).isEqualTo("Сақталады");
        assertThat(sent.getValue().reasons().en()).isNull();
    }

    @Test
    @DisplayName("PDL-8.7: a refusal consent-service does not accept brings the queue back with a message in the page's language, never an error page")
    void a_refusal_the_service_does_not_accept_is_shown() {
        when(obligationApi.refuse(eq(ID), any())).thenThrow(new WebApplicationException(422));
        Response form = given().get("/operator/obligations");
        given().cookies(form.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("csrf-token", csrf(form), "legalActKind", "LAW", "legalActDate", "2020-10-30",
                        "legalActArticle", "5", "reasonKk", "Сақталады", "reasonRu", "Хранится"))
                .post("/operator/obligations/" + ID + "/refusal").then().statusCode(400)
                .body(containsString("id=\"refusal-refused\""))
                .body(containsString("Сервис бас тартуды қабылдамады"))
                .body(containsString("data-obligation=\"" + ID + "\""));
    }

    private static String csrf(Response form) {
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(form.asString());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}
