package kz.kelisim.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.ws.rs.WebApplicationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.kelisim.portal.clients.BreachApi;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Operator staff report a breach from the portal (BRN-1), with notification-service replaced.
 */
@QuarkusTest
@TestSecurity(user = "bank-officer", roles = "operator")
class BreachReportPageTest {

    @InjectMock
    @RestClient
    BreachApi breachApi;

    @BeforeEach
    void own_reports() {
        when(breachApi.mine()).thenReturn(List.of(new BreachApi.OwnIncident(UUID.randomUUID(),
                Instant.parse("2026-11-20T04:00:00Z"), Instant.parse("2026-11-23T04:00:00Z"), Instant.parse("2026-11-21T19:00:00Z"),
                "MET_LATE", true, "Backup tape lost", List.of("IIN"), "Access revoked", 3)));
    }

    @Test
    @DisplayName("BRN-1: the form labels every field it asks for, carries a CSRF token, and lists the operator's own reports and whether each was late")
    void form_and_own_reports() {
        String page = given().queryParam("lang", "en").get("/operator/breaches").then().statusCode(200).extract().asString();
        for (String field : List.of("detectedAt", "description", "dataCategories", "measures", "contactName", "contactPhone",
                "contactEmail")) {
            assertThat(page).contains("<label for=\"" + field + "\">").contains("id=\"" + field + "\"");
        }
        assertThat(page).contains("name=\"csrf-token\"").contains("Backup tape lost").contains("Reported late");
    }

    @Test
    @DisplayName("A report without the form's CSRF token is refused and nothing is sent")
    void report_needs_the_csrf_token() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("description", "x")
                .post("/operator/breaches").then().statusCode(400);
        verify(breachApi, never()).report(anyString(), any());
    }

    @Test
    @DisplayName("BRN-1: missing facts are named next to their fields in the chosen language, with 400 and nothing sent")
    void missing_facts_are_named_in_the_page() {
        Response form = given().queryParam("lang", "ru").get("/operator/breaches");
        given().cookies(form.cookies()).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf-token", csrf(form), "detectedAt", "2999-01-01T10:00", "description", " ",
                        "contactEmail", "not-an-address"))
                .post("/operator/breaches").then().statusCode(400)
                .body(containsString("В форме есть ошибки"))
                .body(containsString("Время обнаружения не может быть в будущем."))
                .body(containsString("Опишите, что произошло."))
                .body(containsString("Укажите хотя бы одну категорию данных."))
                .body(containsString("Опишите принятые меры."))
                .body(containsString("Введите адрес электронной почты в виде name@example.kz."))
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("value=\"not-an-address\""));
        verify(breachApi, never()).report(anyString(), any());
    }

    @Test
    @DisplayName("BRN-1: a complete report is sent with the detection moment read as Almaty time, then the page confirms it")
    void complete_report_is_sent() {
        Response form = given().get("/operator/breaches");
        Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(form.asString());
        assertThat(key.find()).isTrue();
        given().redirects().follow(false).cookies(form.cookies()).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf-token", csrf(form), "idempotencyKey", key.group(1), "detectedAt", "2026-11-24T09:30",
                        "description", "A laptop with a customer export was stolen", "dataCategories", "IIN, full name\nphone",
                        "measures", "Disk encryption confirmed, passwords rotated", "contactName", "Asel Omarova",
                        "contactEmail", "dpo@demo-bank.kz"))
                .post("/operator/breaches").then().statusCode(303).header("Location", endsWith("/operator/breaches?filed=1"));
        ArgumentCaptor<BreachApi.Report> report = ArgumentCaptor.forClass(BreachApi.Report.class);
        verify(breachApi).report(eq(key.group(1)), report.capture());
        assertThat(report.getValue().detectedAt()).isEqualTo(Instant.parse("2026-11-24T04:30:00Z"));
        assertThat(report.getValue().dataCategories()).containsExactly("IIN", "full name", "phone");
        assertThat(report.getValue().responsible().email()).isEqualTo("dpo@demo-bank.kz");
        assertThat(report.getValue().responsible().phone()).isNull();
    }

    @Test
    @DisplayName("When the service refuses the report the page says so in the chosen language, with 400, never a 500")
    void a_refusal_by_the_service_is_shown() {
        when(breachApi.report(anyString(), any())).thenThrow(new WebApplicationException(400));
        Response form = given().queryParam("lang", "en").get("/operator/breaches");
        given().cookies(form.cookies()).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf-token", csrf(form), "idempotencyKey", "refused-key-1", "detectedAt", "2026-11-24T09:30",
                        "description", "Leak", "dataCategories", "IIN", "measures", "Fixed"))
                .post("/operator/breaches").then().statusCode(400)
                .body(containsString("The service did not accept the report."))
                .body(containsString(">Leak</textarea>"))
                // the corrected report will be a new request
                .body(not(containsString("value=\"refused-key-1\"")))
                .body(not(containsString("Exception")));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @DisplayName("Only operator staff reach the breach report form")
    void subjects_cannot_report_breaches() {
        given().get("/operator/breaches").then().statusCode(403);
    }

    private static String csrf(Response form) {
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(form.asString());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}
