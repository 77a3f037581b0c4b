package kz.kelisim.objection;

import static io.restassured.RestAssured.given;
import static kz.kelisim.objection.TestData.BANK;
import static kz.kelisim.objection.TestData.DANIYAR;
import static kz.kelisim.objection.TestData.TELECOM;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.kit.audit.AuditSequencer;
import kz.kelisim.objection.service.ObjectionService;
import kz.kelisim.testkit.AuditTampering;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditLogTest {

    @Inject
    TestData data;
    @Inject
    ObjectionService objections;
    @Inject
    SubjectPseudonym pseudonym;
    @Inject
    DataSource database;
    @Inject
    AuditSequencer sequencer;

    /** An objection of Daniyar to a decision of the bank, filed and then rejected by the bank. */
    private UUID rejectedObjection() {
        String code = TestData.unique("audit");
        data.publish(Texts.draft(BANK, code, true, new LegalBasis(BasisKind.LAW, null, "law"), false, UUID.randomUUID().toString()));
        AutomatedDecision decision = data.decision(BANK, code, DANIYAR);
        Objection objection = objections.file(new FileObjection(DANIYAR, null, decision.id(), Remedy.HUMAN_REVIEW,
                "The score is wrong", UUID.randomUUID().toString()), pseudonym.of(DANIYAR)).objection();
        objections.resolve(objection.id(), BANK, new Resolution(ObjectionStatus.REJECTED,
                new LocalizedText("Табыс жеткіліксіз", "Недостаточный доход", "Insufficient income"), "Asel, risk officer", "demo-bank"));
        return objection.id();
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("Filing and answering an objection are in the Merkle audit log; a leaf deleted in PostgreSQL is named by its index")
    void objection_steps_are_logged_and_a_deleted_leaf_is_found() {
        UUID objection = rejectedObjection();
        sequencer.sequence();
        AuditTampering tampering = new AuditTampering(database);
        long filed = tampering.seqOf(objection, "OBJECTION_FILED");
        long filedIndex = tampering.indexOf(objection, "OBJECTION_FILED");
        given().queryParam("after", filed - 1).queryParam("limit", 5000).get("/api/v1/audit").then().statusCode(200)
                .body("findAll { it.aggregateId == '" + objection + "' }.action", hasItems("OBJECTION_FILED", "OBJECTION_RESOLVED"));
        given().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));

        AuditTampering.Removed removed = tampering.delete(filedIndex);
        try {
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenIndex", equalTo((int) filedIndex));
        } finally {
            tampering.restore(removed);
        }
        given().get("/api/v1/audit/verify").then().body("intact", equalTo(true));
    }

    @Test
    @TestSecurity(user = "demo-telecom", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = TELECOM))
    @DisplayName("An operator's export holds only its own entries, and only regulators and admins verify the log")
    void operator_exports_only_its_own_entries() {
        UUID objection = rejectedObjection();
        ProcessingActivity own = data.publish(Texts.draft(TELECOM, TestData.unique("audit"), true,
                new LegalBasis(BasisKind.LAW, null, "law"), false, UUID.randomUUID().toString()));
        long filed = new AuditTampering(database).seqOf(objection, "OBJECTION_FILED");
        given().queryParam("after", filed - 1).queryParam("limit", 5000).get("/api/v1/audit").then().statusCode(200)
                .body("operatorId", everyItem(equalTo(TELECOM)))
                .body("aggregateId", hasItems(own.id().toString()))
                .body("aggregateId", not(hasItems(objection.toString())));
        given().get("/api/v1/audit/verify").then().statusCode(403);
    }
}
