package kz.kelisim.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import kz.kelisim.kit.audit.AuditSequencer;
import kz.kelisim.notification.service.BreachService;
import kz.kelisim.testkit.AuditTampering;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditLogTest {

    static final String BANK = "050140001238";
    static final String TELECOM = "120240012345";

    @Inject
    BreachService breaches;
    @Inject
    DataSource database;
    @Inject
    AuditSequencer sequencer;

    private UUID breachReportedBy(String operator) {
        return breaches.report(operator, UUID.randomUUID().toString(), UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8),
                new BreachIncident.Facts(Instant.now().minusSeconds(600), "Backup copied by an unauthorised person",
                        List.of("contact details"), "Access revoked", "Ерлан Әбенов", "+77172000000", "dpo@example.kz"),
                List.of()).incident().id();
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("BRN-1: a breach report is in the Merkle audit log; a leaf edited in PostgreSQL is named by the verification")
    void breach_report_is_logged_and_an_edited_leaf_is_found() {
        UUID incident = breachReportedBy(BANK);
        sequencer.sequence();
        AuditTampering tampering = new AuditTampering(database);
        long reportedIndex = tampering.indexOf(incident, "BREACH_REPORTED");
        long reported = tampering.seqOf(incident, "BREACH_REPORTED");
        given().queryParam("after", reported - 1).queryParam("limit", 1).get("/api/v1/audit").then().statusCode(200)
                .body("[0].action", equalTo("BREACH_REPORTED")).body("[0].operatorId", equalTo(BANK))
                .body("[0].detail", containsString(", MET, 0 subjects"));
        given().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));

        String original = tampering.editDetail(reportedIndex, "nothing happened");
        try {
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenIndex", equalTo((int) reportedIndex));
        } finally {
            tampering.editDetail(reportedIndex, original);
        }
        given().get("/api/v1/audit/verify").then().body("intact", equalTo(true));
    }

    @Test
    @TestSecurity(user = "demo-telecom", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = TELECOM))
    @DisplayName("An operator's export holds only its own breach reports, and operators cannot verify the log")
    void operator_exports_only_its_own_entries() {
        UUID other = breachReportedBy(BANK);
        UUID own = breachReportedBy(TELECOM);
        long first = new AuditTampering(database).seqOf(other, "BREACH_REPORTED");
        given().queryParam("after", first - 1).queryParam("limit", 5000).get("/api/v1/audit").then().statusCode(200)
                .body("operatorId", everyItem(equalTo(TELECOM)))
                .body("aggregateId", hasItem(own.toString()))
                .body("aggregateId", not(hasItem(other.toString())));
        given().get("/api/v1/audit/verify").then().statusCode(403);
    }
}
