package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.kelisim.calendar.Transfer;
import kz.kelisim.calendar.YearData;
import kz.kelisim.kit.deadline.DeadlineKind;
import kz.kelisim.kit.deadline.Deadlines;
import kz.kelisim.kit.deadline.TrackedDeadline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class CalendarApiTest {

    @Inject
    Deadlines deadlines;

    @Test
    @DisplayName("CC-178..180, PDL-8.7: 15 working days from 2026-10-20 end 2026-11-11 at 24:00 Almaty, skipping the Republic Day substitute")
    void counts_the_stop_processing_term_and_explains_skipped_days() {
        given().queryParam("received", "2026-10-20").queryParam("workingDays", 15)
                .get("/api/v1/calendar/deadline")
                .then().statusCode(200)
                .body("dueDate", equalTo("2026-11-11"))
                .body("dueAt", equalTo("2026-11-11T19:00:00Z"))
                .body("skipped.date", hasItems("2026-10-24", "2026-10-25", "2026-10-26"))
                .body("skipped.find { it.date == '2026-10-26' }.kind", equalTo("SUBSTITUTE_DAY_OFF"))
                .body("warnings", empty());
    }

    @Test
    @DisplayName("CAL-1: a year without official data is still counted, and the answer says so")
    void year_without_official_data_is_flagged() {
        given().queryParam("received", "2027-03-01").queryParam("workingDays", 3)
                .get("/api/v1/calendar/deadline")
                .then().statusCode(200).body("warnings[0]", containsString("2027"));
        given().get("/api/v1/calendar/2027").then().statusCode(200).body("official", equalTo(false));
        given().get("/api/v1/calendar/2026").then().statusCode(200)
                .body("official", equalTo(true))
                .body("daysOff.date", hasItems("2026-03-21", "2026-03-23", "2026-03-24", "2026-03-25", "2026-05-27"));
    }

    @ParameterizedTest
    @CsvSource({"2026-10-20,-1", "2026-10-20,0", "2026-10-20,367", "2026-10-20,abc", "2026-02-30,3",
            "yesterday,3", "'',3", "2026-10-20,''", "1999-01-01,3"})
    @DisplayName("A bad parameter gets 400 problem+json")
    void bad_parameters_are_400(String received, String workingDays) {
        given().queryParam("received", received).queryParam("workingDays", workingDays)
                .get("/api/v1/calendar/deadline")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_year_that_is_not_a_number_is_400() {
        given().get("/api/v1/calendar/twenty").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @DisplayName("CAL-1: a transfer loaded by an admin recounts an open deadline and records why in its history")
    void loading_a_year_recomputes_open_deadlines() {
        Instant received = Instant.parse("2028-10-02T06:00:00Z");
        UUID id = QuarkusTransaction.requiringNew().call(() -> deadlines.open(DeadlineKind.STOP_PROCESSING,
                "050140001238", "ref", UUID.randomUUID(), received).id());
        Instant before = dueAt(id);

        YearData withTransfer = new YearData(2028, 1, List.of(LocalDate.of(2028, 5, 5)), "test data",
                List.of(new Transfer(LocalDate.of(2028, 12, 2), LocalDate.of(2028, 10, 9), "test decree")),
                List.of(), List.of("test"));
        given().contentType("text/plain").body(withTransfer.format()).put("/api/v1/calendar/2028")
                .then().statusCode(200).body("openDeadlinesMoved", equalTo(1));

        TrackedDeadline after = QuarkusTransaction.requiringNew().call(() -> deadlines.get(id));
        assertThat(after.dueAt()).isEqualTo(before.plus(java.time.Duration.ofDays(1)));
        assertThat(after.history()).anySatisfy(c -> {
            assertThat(c.change()).isEqualTo("RECOMPUTED");
            assertThat(c.detail()).contains("calendar 2028 version 1");
        });
        given().get("/api/v1/calendar/2028").then().body("official", equalTo(true))
                .body("daysOff.date", hasItem("2028-10-09"));

        // The same version again changes nothing and says why.
        given().contentType("text/plain").body(withTransfer.format()).put("/api/v1/calendar/2028")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void invalid_calendar_data_is_400_and_changes_nothing() {
        given().contentType("text/plain").body("year = 2029\nversion = 1\ntransfer.1.working-day = 2029-13-40\n")
                .put("/api/v1/calendar/2029")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/calendar/2029").then().body("official", equalTo(false));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    void only_admins_load_calendar_data() {
        given().contentType("text/plain").body("year = 2030").put("/api/v1/calendar/2030").then().statusCode(403);
    }

    @Test
    void anonymous_cannot_load_calendar_data() {
        given().contentType("text/plain").body("year = 2030").put("/api/v1/calendar/2030").then().statusCode(401);
        // Only reading is public: any other method needs a token before anything else is answered.
        given().contentType("text/plain").body("year = 2030").post("/api/v1/calendar/2030").then().statusCode(401);
        given().delete("/api/v1/calendar/2030").then().statusCode(401);
        given().get("/api/v1/calendar/2030").then().statusCode(200).body("daysOff", not(empty()));
    }

    private Instant dueAt(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> deadlines.get(id).dueAt());
    }
}
