package kz.kelisim.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kz.kelisim.testkit.AuditTampering;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every service keeps its own Merkle audit log. With real tokens and the real databases: a change is
 * in the operator's export and nobody else's, the running sequencer indexes it and signs a head, and
 * a leaf edited or deleted straight in PostgreSQL is named by {@code GET /api/v1/audit/verify}.
 */
class AuditChainSystemTest {

    static final String BANK_BIN = "050140001238";

    /** One audited change per service: where it goes, what it creates, and the action it is audited as. */
    record Service(String name, String baseUrl, String path, Supplier<String> body, String action) {
        @Override
        public String toString() {
            return name;
        }

        UUID change(String operatorToken) {
            String id = given().auth().oauth2(operatorToken).header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType("application/json").body(body.get()).post(baseUrl + path)
                    .then().statusCode(201).extract().path("id");
            return UUID.fromString(id);
        }
    }

    static final String PURPOSE = "audit-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void bank_registers_a_purpose() {
        given().auth().oauth2(Tokens.operator("demo-bank")).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(Fixtures.purposeBody(PURPOSE))
                .post(Suite.consent() + "/api/v1/purposes").then().statusCode(201);
    }

    static Stream<Arguments> services() {
        return Stream.of(
                Arguments.of(new Service("consent", Suite.consent(), "/api/v1/consents",
                        () -> "{\"subjectIin\":\"" + Fixtures.AIGERIM + "\",\"purposeCode\":\"" + PURPOSE + "\"}", "GRANTED")),
                Arguments.of(new Service("objection", Suite.objection(), "/api/v1/processing-activities",
                        () -> Fixtures.activityBody("audit-" + UUID.randomUUID().toString().substring(0, 8)), "ACTIVITY_DRAFTED")),
                Arguments.of(new Service("notification", Suite.notification(), "/api/v1/breaches",
                        () -> "{\"detectedAt\":\"" + Instant.now().minusSeconds(600) + "\",\"description\":\"Backup copied\","
                                + "\"dataCategories\":[\"IIN\"],\"measures\":\"Closed\",\"subjects\":[]}", "BREACH_REPORTED")));
    }

    @ParameterizedTest(name = "{0}-service: an edited or deleted audit leaf is named by the verification")
    @MethodSource("services")
    void an_edited_or_deleted_entry_is_named_by_the_verification(Service service) {
        UUID first = service.change(Tokens.operator("demo-bank"));
        service.change(Tokens.operator("demo-bank")); // so the first leaf is not the last one
        AuditTampering tampering = new AuditTampering(Suite.database(service.name()));
        long seq = tampering.seqOf(first, service.action());
        // The suite's sequencer runs every second; wait for the outcome, the leaf's index in a signed head.
        Long index = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().auth().oauth2(Tokens.operator("demo-bank")).queryParam("after", seq - 1).queryParam("limit", 1)
                        .get(service.baseUrl() + "/api/v1/audit").then().statusCode(200).extract().<Integer>path("[0].leafIndex"),
                i -> i != null).longValue();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().auth().oauth2(Tokens.user("inspector")).get(service.baseUrl() + "/api/v1/audit/heads/latest")
                        .then().statusCode(200).extract().<Integer>path("tree_size") > index + 1);

        given().auth().oauth2(Tokens.operator("demo-bank")).queryParam("after", seq - 1).queryParam("limit", 5000)
                .get(service.baseUrl() + "/api/v1/audit").then().statusCode(200)
                .body("operatorId", everyItem(equalTo(BANK_BIN))).body("aggregateId", hasItem(first.toString()));
        given().auth().oauth2(Tokens.operator("demo-telecom")).queryParam("after", seq - 1).queryParam("limit", 5000)
                .get(service.baseUrl() + "/api/v1/audit").then().statusCode(200)
                .body("aggregateId", not(hasItem(first.toString())));
        verify(service).body("intact", equalTo(true));

        String detail = tampering.editDetail(index, "nothing happened");
        try {
            verify(service).body("intact", equalTo(false)).body("firstBrokenIndex", equalTo(index.intValue()));
        } finally {
            tampering.editDetail(index, detail);
        }
        verify(service).body("intact", equalTo(true));

        AuditTampering.Removed removed = tampering.delete(index);
        try {
            verify(service).body("intact", equalTo(false)).body("firstBrokenIndex", equalTo(index.intValue()));
        } finally {
            tampering.restore(removed);
        }
        verify(service).body("intact", equalTo(true));
    }

    private static ValidatableResponse verify(Service service) {
        return given().auth().oauth2(Tokens.user("inspector")).get(service.baseUrl() + "/api/v1/audit/verify")
                .then().statusCode(200);
    }
}
