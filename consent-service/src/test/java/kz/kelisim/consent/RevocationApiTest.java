package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static kz.kelisim.consent.Given.DANIYAR;
import static kz.kelisim.consent.Given.TELECOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.Topics;
import kz.kelisim.kit.calendar.CalendarProvider;
import kz.kelisim.testkit.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "aigerim", roles = "subject")
@OidcSecurity(claims = @Claim(key = "iin", value = AIGERIM))
class RevocationApiTest {

    static final String CHILD = "150310500127";

    @Inject
    Given given;
    @Inject
    CalendarProvider calendars;
    @Inject
    SubjectPseudonym pseudonym;

    @Test
    @DisplayName("PDL-8.7: one revocation opens a stop obligation for the operator and for each recipient, all due 15 working days after receipt")
    void revocation_obliges_every_party_with_the_same_due_date() throws Exception {
        Consent consent = given.sharedConsent(Given.uniqueCode("shared"));
        try (TopicReader topic = new TopicReader(Topics.CONSENT_EVENTS)) {
            JsonPath answer = given().post("/api/v1/me/consents/" + consent.id() + "/revocation").then().statusCode(201)
                    .body("obligations.partyId", containsInAnyOrder(BANK, TELECOM))
                    .body("obligations.find { it.partyId == '" + TELECOM + "' }.thirdParty", equalTo(true))
                    .body("obligations.status", everyOpen())
                    .body("obligations.workingDaysLeft", equalTo(List.of(15, 15)))
                    .extract().jsonPath();
            Instant receivedAt = Instant.parse(answer.getString("receivedAt"));
            List<String> due = answer.getList("obligations.dueAt");
            assertThat(due).hasSize(2).containsOnly(calendars.calendar().deadline(receivedAt, 15).dueAt().toString());

            var record = topic.await(r -> r.value().contains(consent.id().toString())
                    && r.value().contains("kz.kelisim.consent.revoked.v1"), Duration.ofSeconds(30));
            JsonNode event = new ObjectMapper().readTree(record.value());
            assertThat(record.key()).isEqualTo(pseudonym.of(AIGERIM));
            assertThat(record.value()).doesNotContain(AIGERIM);
            assertThat(event.path("data").path("obligations")).hasSize(2);
        }
    }

    @Test
    @DisplayName("PDL-8.7: revoking again answers 200 with the same obligations and opens no new ones")
    void revocation_is_idempotent() {
        Consent consent = given.sharedConsent(Given.uniqueCode("twice"));
        List<String> first = given().post("/api/v1/me/consents/" + consent.id() + "/revocation").then().statusCode(201)
                .extract().path("obligations.id");
        List<String> again = given().post("/api/v1/me/consents/" + consent.id() + "/revocation").then().statusCode(200)
                .extract().path("obligations.id");
        assertThat(again).containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    @DisplayName("PDL-8.7: two revocations of one consent at the same moment open one obligation per party, not two")
    void concurrent_revocations_open_obligations_once() throws Exception {
        Consent consent = given.sharedConsent(Given.uniqueCode("race"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> given.revoke(consent.id(), AIGERIM));
            var b = pool.submit(() -> given.revoke(consent.id(), AIGERIM));
            assertThat(List.of(a.get().created(), b.get().created())).containsExactlyInAnyOrder(true, false);
            assertThat(b.get().obligations()).extracting(StopObligation::id)
                    .containsExactlyInAnyOrderElementsOf(a.get().obligations().stream().map(StopObligation::id).toList());
        } finally {
            pool.shutdown();
        }
        given().get("/api/v1/me/consents/" + consent.id()).then().body("obligations.size()", equalTo(2));
    }

    @Test
    @DisplayName("PDL-8.7: the legal representative sees the represented person's consent and revokes it")
    void legal_representative_lists_and_revokes() {
        String code = Given.uniqueCode("child");
        given.purpose(BANK, code, null, List.of());
        Consent childs = given.consent(BANK, CHILD, code, null, new Representative(AIGERIM, "PARENT", "birth certificate 123"));
        given().get("/api/v1/me/consents").then().statusCode(200).body("id", hasItem(childs.id().toString()))
                .body("find { it.id == '" + childs.id() + "' }.representative.iin", equalTo(AIGERIM));
        given().post("/api/v1/me/consents/" + childs.id() + "/revocation").then().statusCode(201)
                .body("byRepresentative", equalTo(true));
    }

    @Test
    @DisplayName("A subject gets 404 for someone else's consent, and cannot revoke it")
    void another_subjects_consent_is_not_found() {
        String code = Given.uniqueCode("other");
        given.purpose(BANK, code, null, List.of());
        UUID daniyars = given.consent(BANK, DANIYAR, code).id();
        given().get("/api/v1/me/consents/" + daniyars).then().statusCode(404);
        given().post("/api/v1/me/consents/" + daniyars + "/revocation").then().statusCode(404);
        given().get("/api/v1/me/consents/" + daniyars + "/receipt").then().statusCode(404);
        given().get("/api/v1/me/consents").then().body("id", not(hasItem(daniyars.toString())));
    }

    @Test
    @DisplayName("The subject sees one consent with the purpose version, its full history, and each party's outcome")
    void subject_sees_history_and_each_partys_outcome() {
        Consent consent = given.sharedConsent(Given.uniqueCode("history"));
        var revocation = given.revoke(consent.id(), AIGERIM);
        UUID telecoms = revocation.obligations().stream().filter(StopObligation::thirdParty).findFirst().orElseThrow().id();
        given.stop(telecoms, TELECOM);
        given().get("/api/v1/me/consents/" + consent.id()).then().statusCode(200)
                .body("consent.status", equalTo("REVOKED"))
                .body("purpose.version", equalTo(1))
                .body("purpose.title.kk", equalTo("Несиелік скоринг"))
                .body("history.action", hasItems("GRANTED", "REVOKED", "STOP_CONFIRMED"))
                .body("obligations.find { it.partyId == '" + TELECOM + "' }.status", equalTo("STOPPED"))
                .body("obligations.find { it.partyId == '" + TELECOM + "' }.deadlineState", equalTo("MET"))
                .body("obligations.find { it.partyId == '" + BANK + "' }.status", equalTo("OPEN"))
                .body("obligations.find { it.partyId == '" + BANK + "' }.workingDaysLeft", equalTo(15));
    }

    @Test
    @DisplayName("A consent that already ended cannot be revoked: 409")
    void ended_consent_cannot_be_revoked() {
        String code = Given.uniqueCode("ended");
        given.purpose(BANK, code, null, List.of());
        UUID id = given.consent(BANK, AIGERIM, code).id();
        given.achieve(id, BANK);
        given().post("/api/v1/me/consents/" + id + "/revocation").then().statusCode(409)
                .body("type", equalTo("https://kelisim.kz/problems/consent-not-active"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyOpen() {
        return org.hamcrest.Matchers.everyItem(equalTo("OPEN"));
    }
}
