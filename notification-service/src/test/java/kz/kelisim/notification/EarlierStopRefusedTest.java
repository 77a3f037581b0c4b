package kz.kelisim.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.Topics;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * StopRefused gained a structured legalAct in a backward-compatible way: an event published before
 * it, with only lawReference, is still read and becomes the subject's notice.
 */
@QuarkusTest
class EarlierStopRefusedTest {

    static final String SUBJECT = "880301501237";

    @Inject
    Events events;
    @Inject
    SubjectPseudonym pseudonym;

    @Test
    @TestSecurity(user = "subject", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = SUBJECT))
    @DisplayName("PDL-8.7: a StopRefused published before legalAct existed becomes a notice citing its law reference")
    void stop_refused_without_legal_act_becomes_a_notice() {
        String party = Iins.randomBin();
        String ref = pseudonym.of(SUBJECT);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        String data = "{\"eventId\":\"" + id + "\",\"occurredAt\":\"" + now + "\",\"subjectRef\":\"" + ref + "\","
                + "\"obligationId\":\"" + UUID.randomUUID() + "\",\"consentId\":\"" + UUID.randomUUID() + "\","
                + "\"partyId\":\"" + party + "\",\"lawReference\":\"Law on Accounting, Art. 17\","
                + "\"reasonKk\":\"Заң бойынша сақталады\",\"reasonRu\":\"Хранится по закону\",\"reasonEn\":null,"
                + "\"dueAt\":\"" + now.plusSeconds(86400) + "\",\"outcome\":\"MET\"}";
        events.send(Topics.CONSENT_EVENTS, ref, "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"urn:kelisim:consent-service\","
                + "\"type\":\"kz.kelisim.consent.stop-refused.v1\",\"subject\":\"" + ref + "\",\"time\":\"" + now + "\","
                + "\"datacontenttype\":\"application/json\",\"data\":" + data + "}");
        await().atMost(Duration.ofSeconds(30)).until(() -> mine("kk", party).size() == 1);
        for (String language : List.of("kk", "ru", "en")) {
            Map<String, Object> notice = mine(language, party).get(0);
            assertThat(notice.get("kind")).isEqualTo("STOP_REFUSED");
            assertThat((String) notice.get("body")).contains("Law on Accounting, Art. 17").doesNotContain("{");
        }
    }

    private List<Map<String, Object>> mine(String language, String party) {
        List<Map<String, Object>> all = given().header("Accept-Language", language).queryParam("limit", 500)
                .get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(n -> ((String) n.get("body")).contains(party)).toList();
    }
}
