package kz.kelisim.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hostile and malformed input against every endpoint that takes a body: at least 1,000 generated
 * cases each. Every answer must be 2xx (the input was valid after all) or 4xx problem+json; none
 * may be 5xx, and nothing half-written may remain. Prints the counts per endpoint.
 */
class HostileInputTest {

    static final int CASES = 1_000;
    /** Bodies past this size are announced, not sent: the server refuses them before reading. */
    static final int OVERSIZED = 10 * 1024 * 1024;
    private static final RawClient RAW = new RawClient();
    static final long SEED = Long.getLong("kelisim.hostile.seed", 20261125L);

    private static final String INSURER = "980840001237";
    private static Fixtures fx;

    @BeforeAll
    static void fixtures() {
        fx = new Fixtures();
    }

    @Test
    @DisplayName("POST /api/v1/consents: 1,000 hostile bodies, no 5xx, and only the 2xx ones are stored")
    void consent_grant_survives_hostile_input() throws SQLException {
        long before = consentsOf(INSURER);
        Tally tally = send("POST /api/v1/consents", Suite.consent() + "/api/v1/consents", () -> Tokens.operator("demo-insurer"),
                "{\"subjectIin\":\"900515401230\",\"purposeCode\":\"" + fx.purpose + "\"}", HostileInput.Format.JSON);
        long stored = consentsOf(INSURER) - before;
        assertThat(tally.count(201)).as("valid cases among the generated ones").isPositive();
        assertThat(stored).as("consents stored vs. 201 answers").isEqualTo(tally.count(201));
        tally.assertClean();
    }

    @Test
    @DisplayName("PUT /api/v1/calendar/{year}: 1,000 hostile uploads from an admin, no 5xx")
    void calendar_upload_survives_hostile_input() {
        Tally tally = send("PUT /api/v1/calendar/2031", Suite.consent() + "/api/v1/calendar/2031", () -> Tokens.user("admin"),
                "{\"year\":\"2031\",\"version\":\"1\",\"kurban-ait\":\"2031-03-26\",\"kurban-ait.source\":\"test\",\"source.1\":\"test\"}", HostileInput.Format.PROPERTIES);
        tally.assertClean();
    }

    /** Every other endpoint that takes a body, each with a valid body to mutate and the caller it belongs to. */
    static Stream<Arguments> bodies() {
        String c = Suite.consent();
        String o = Suite.objection();
        String n = Suite.notification();
        return Stream.of(
                target("POST /api/v1/purposes", c + "/api/v1/purposes", "demo-insurer", Fixtures.purposeBody("fuzz-purpose")),
                target("POST /api/v1/consent-checks", c + "/api/v1/consent-checks", "demo-insurer",
                        "{\"subjectIin\":\"900515401230\",\"purposeCode\":\"" + fx.purpose + "\"}"),
                target("POST /api/v1/consent-checks:batch", c + "/api/v1/consent-checks:batch", "demo-insurer",
                        "{\"items\":[{\"subjectIin\":\"900515401230\",\"purposeCode\":\"" + fx.purpose + "\"}]}"),
                target("POST /api/v1/consents:import", c + "/api/v1/consents:import", "demo-insurer",
                        "{\"subjectIin\":\"851102304561\",\"purposeCode\":\"" + fx.purpose + "\"}"),
                target("POST /api/v1/obligations/{id}/stopped", c + "/api/v1/obligations/" + fx.obligation() + "/stopped",
                        "demo-insurer", "{\"stoppedAt\":\"" + Instant.now().minusSeconds(60) + "\",\"evidence\":\"deleted\"}"),
                target("POST /api/v1/obligations/{id}/refusal", c + "/api/v1/obligations/" + fx.obligation() + "/refusal",
                        "demo-insurer", "{\"legalAct\":{\"kind\":\"LAW\",\"number\":\"234-III\",\"date\":\"2007-02-28\",\"article\":\"17.1\"},"
                                + "\"reasons\":{\"kk\":\"Заңнама бойынша\",\"ru\":\"По законодательству\"}}"),
                target("POST /api/v1/consents/{id}/revocation", c + "/api/v1/consents/" + fx.consent() + "/revocation",
                        "demo-insurer", "{\"receivedAt\":\"" + Instant.now() + "\",\"channel\":\"PAPER\",\"revokedBy\":\""
                                + Fixtures.AIGERIM + "\",\"evidence\":\"Letter No. 1\"}"),
                target("POST /api/v1/processing-activities", o + "/api/v1/processing-activities", "demo-insurer",
                        Fixtures.activityBody("fuzz-activity")),
                target("POST /api/v1/decisions", o + "/api/v1/decisions", "demo-insurer",
                        "{\"activityCode\":\"" + fx.activity + "\",\"subjectIin\":\"900515401230\",\"outcome\":\"Limit kept\",\"decidedAt\":\""
                                + Instant.now() + "\"}"),
                target("POST /api/v1/me/objections", o + "/api/v1/me/objections", "user:aigerim",
                        "{\"decisionId\":\"" + fx.decision() + "\",\"remedy\":\"HUMAN_REVIEW\",\"reason\":\"Wrong\"}"),
                target("POST /api/v1/objections", o + "/api/v1/objections", "demo-insurer",
                        "{\"subjectIin\":\"" + Fixtures.AIGERIM + "\",\"activityId\":\"" + fx.activityId + "\",\"remedy\":\"HUMAN_REVIEW\","
                                + "\"reason\":\"Wrong\",\"receivedAt\":\"" + Instant.now() + "\",\"channel\":\"BRANCH\",\"evidence\":\"Form OB-7\"}"),
                target("POST /api/v1/objections/{id}/resolution", o + "/api/v1/objections/" + fx.objection() + "/resolution",
                        "demo-insurer", "{\"outcome\":\"REJECTED\",\"reviewedBy\":\"Asel\",\"reasons\":{\"kk\":\"Негізсіз\",\"ru\":\"Необоснованно\"}}"),
                target("POST /api/v1/me/objections/{id}/appeal", o + "/api/v1/me/objections/" + fx.rejectedObjection() + "/appeal",
                        "user:aigerim", "{\"grounds\":\"I sent the proof\"}"),
                target("POST /api/v1/appeals/{id}/decision", o + "/api/v1/appeals/" + fx.appeal() + "/decision", "user:inspector",
                        "{\"outcome\":\"DISMISSED\",\"explanation\":{\"kk\":\"Негіз жоқ\",\"ru\":\"Оснований нет\"}}"),
                target("POST /api/v1/breaches", n + "/api/v1/breaches", "demo-insurer",
                        "{\"detectedAt\":\"" + Instant.now().minusSeconds(600) + "\",\"description\":\"Backup copied\",\"dataCategories\":[\"IIN\"],"
                                + "\"measures\":\"Closed\",\"subjects\":[{\"iin\":\"900515401230\"}]}"),
                target("POST /api/v1/breaches/{id}/subjects", n + "/api/v1/breaches/" + fx.breach() + "/subjects", "demo-insurer",
                        "{\"iin\":\"851102304561\"}"),
                target("POST /api/v1/webhooks", n + "/api/v1/webhooks", "demo-insurer",
                        "{\"url\":\"http://127.0.0.1:9/fuzz\",\"eventTypes\":[\"kz.kelisim.consent.revoked.v1\"]}"),
                target("PUT /api/v1/me/contact", n + "/api/v1/me/contact", "user:gulnara",
                        "{\"email\":\"gulnara@example.kz\",\"language\":\"kk\"}"),
                // A BIN no demo operator uses, so the mutated profiles an administrator stores rename no one.
                target("PUT /api/v1/operators/{bin}", c + "/api/v1/operators/990440000018", "user:admin", Fixtures.operatorBody()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    @DisplayName("1,000 hostile bodies per endpoint: never a 5xx, every 4xx is problem+json")
    void every_endpoint_survives_hostile_input(String endpoint, String url, String caller, String validBody) {
        Supplier<String> token = () -> caller.startsWith("user:") ? Tokens.user(caller.substring(5)) : Tokens.operator(caller);
        send(endpoint, url, token, validBody, HostileInput.Format.JSON).assertClean();
    }

    private static Arguments target(String endpoint, String url, String caller, String validBody) {
        return Arguments.of(endpoint, url, caller, validBody);
    }

    private static Tally send(String endpoint, String url, Supplier<String> token, String validBody,
                              HostileInput.Format format) {
        Tally tally = new Tally(endpoint);
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        for (HostileInput.Case c : new HostileInput(SEED, HostileInput.object(validBody), format).cases(CASES)) {
            if (c.body().length > OVERSIZED) {
                tally.recordStatus(c, OversizedRequest.status(method, url, token.get(), c.body().length));
                continue;
            }
            tally.record(c, RAW.send(method, url, token.get(), c));
        }
        System.out.println(tally);
        return tally;
    }

    private static long consentsOf(String operator) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + env("PG_PORT", "15432") + "/consent";
        try (Connection db = DriverManager.getConnection(url, "kelisim", "kelisim");
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT count(*) FROM consent WHERE operator_id = '" + operator + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Counts answers by status and keeps the cases that broke the rules. */
    static final class Tally {
        private final String endpoint;
        private final Map<Integer, Integer> byStatus = new TreeMap<>();
        private final List<String> violations = new ArrayList<>();

        Tally(String endpoint) {
            this.endpoint = endpoint;
        }

        void record(HostileInput.Case c, RawClient.Answer answer) {
            int status = answer.status();
            byStatus.merge(status, 1, Integer::sum);
            String type = answer.contentType();
            if (status >= 500) {
                violations.add(status + " for " + c);
            } else if (status >= 400 && !type.startsWith("application/problem+json")) {
                violations.add(status + " without problem+json (" + type + ") for " + c);
            }
        }

        void recordStatus(HostileInput.Case c, int status) {
            byStatus.merge(status, 1, Integer::sum);
            if (status != 413) {
                violations.add(status + " instead of 413 for " + c);
            }
        }

        int count(int status) {
            return byStatus.getOrDefault(status, 0);
        }

        void assertClean() {
            assertThat(violations).as(endpoint + ": answers that broke the rules").isEmpty();
            assertThat(byStatus.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CASES);
        }

        @Override
        public String toString() {
            return "Hostile input " + endpoint + ": " + CASES + " cases, by status " + byStatus
                    + ", violations " + violations.size();
        }
    }
}
