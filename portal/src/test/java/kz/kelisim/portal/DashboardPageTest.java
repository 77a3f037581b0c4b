package kz.kelisim.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.kelisim.portal.clients.ConsentApi;
import kz.kelisim.portal.clients.Localized;
import kz.kelisim.portal.clients.OperatorProfile;
import kz.kelisim.portal.clients.RegulatorApi;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The regulator's dashboard with notification-service replaced: charts are inline SVG drawn on the
 * server, and every number in them is also in a table.
 */
@QuarkusTest
@TestSecurity(user = "inspector", roles = "regulator")
class DashboardPageTest {

    @InjectMock
    @RestClient
    RegulatorApi regulator;
    @InjectMock
    @RestClient
    ConsentApi consents;

    @Test
    @DisplayName("PDL-8.7, BRN-1: deadlines per operator and week as a chart and a table, open deadlines due soon, late breach reports charted")
    void dashboard_charts_over_time() {
        when(regulator.slaBreaches(any(), any(), any(), any())).thenReturn(List.of());
        when(regulator.weekly(any(), any(), any())).thenReturn(List.of(
                new RegulatorApi.Week("050140001238", LocalDate.of(2026, 11, 9), 5, 3, 1, 1, 0),
                new RegulatorApi.Week("050140001238", LocalDate.of(2026, 11, 16), 2, 2, 0, 0, 0),
                new RegulatorApi.Week("120340004562", LocalDate.of(2026, 11, 16), 4, 0, 0, 4, 0)));
        when(regulator.dueSoon(anyInt(), any())).thenReturn(List.of(new RegulatorApi.DueSoon(UUID.randomUUID(),
                "980840001237", "OBJECTION_REVIEW", Instant.parse("2026-11-24T04:00:00Z"), Instant.parse("2026-11-26T19:00:00Z"))));
        when(regulator.incidents(any())).thenReturn(List.of(new RegulatorApi.Incident(UUID.randomUUID(), "050140001238",
                Instant.parse("2026-11-20T04:00:00Z"), Instant.parse("2026-11-24T19:00:00Z"), Instant.parse("2026-11-21T19:00:00Z"),
                true, 3)));
        when(consents.operators()).thenReturn(List.of(new OperatorProfile("050140001238",
                new Localized("Демо Банк АҚ", "АО Демо Банк", "Demo Bank"), null, null, null)));
        String page = given().queryParam("lang", "en").get("/regulator").then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("<script");
        assertThat(page.split("class=\"chart trend-chart\"", -1)).hasSize(3);
        // An operator is named with its BIN beside it; one without a profile is an unregistered operator.
        assertThat(page).contains("aria-label=\"Deadlines by week: Demo Bank (BIN 050140001238)\"")
                .contains("Deadlines by week: unregistered operator (BIN 120340004562)");
        // The table alternative: operator, week, met, met late, breached, open.
        assertThat(page.replaceAll("\\s+", "")).contains("<td>DemoBank(BIN050140001238)</td><td>Nov9,2026</td><td>3</td><td>1</td><td>1</td><td>0</td>")
                .contains("<td>unregisteredoperator(BIN120340004562)</td><td>Nov16,2026</td><td>0</td><td>0</td><td>4</td><td>0</td>");
        assertThat(page).contains("id=\"due-soon\"").contains("unregistered operator (BIN 980840001237)").contains("Objection review")
                .contains("November 26, 2026, 24:00");
        // Reported 3 days (72 hours) after its due moment.
        assertThat(page).contains("id=\"late-chart\"").contains(">72</text>");
    }

    @Test
    @DisplayName("With no deadline in the period the dashboard says so instead of drawing empty charts")
    void empty_period_says_so() {
        when(regulator.slaBreaches(any(), any(), any(), any())).thenReturn(List.of());
        when(regulator.weekly(any(), any(), any())).thenReturn(List.of());
        when(regulator.dueSoon(anyInt(), any())).thenReturn(List.of());
        when(regulator.incidents(any())).thenReturn(List.of());
        String page = given().queryParam("lang", "ru").get("/regulator").then().statusCode(200).extract().asString();
        assertThat(page).contains("За выбранный период сроков нет.").contains("id=\"no-due-soon\"").doesNotContain("trend-chart");
    }
}
