package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditLogApiTest {

    @Inject
    Given given;
    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("The audit log is hash-chained: intact as written, and an altered entry is found")
    void tampering_breaks_the_chain_where_it_happened() {
        String code = Given.uniqueCode("audit");
        given.purpose(BANK, code, null, List.of());
        Consent consent = given.consent(BANK, AIGERIM, code);
        given().get("/api/v1/audit/verify").then().statusCode(200).body("intact", equalTo(true));

        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "SELECT seq, detail FROM audit_entry WHERE aggregate_id = ?1 AND action = 'GRANTED'")
                .setParameter(1, consent.id()).getSingleResult());
        long seq = ((Number) row[0]).longValue();
        try {
            setDetail(seq, "nothing to see here");
            given().get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) seq));
        } finally {
            setDetail(seq, (String) row[1]);
        }
        given().get("/api/v1/audit/verify").then().body("intact", equalTo(true));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("An operator exports only its own audit entries, each with the hashes that chain it")
    void operator_exports_own_entries() {
        String code = Given.uniqueCode("export");
        given.purpose(BANK, code, null, List.of());
        Consent consent = given.consent(BANK, AIGERIM, code);
        long seq = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT min(seq) FROM audit_entry WHERE aggregate_id = ?1").setParameter(1, consent.id()).getSingleResult()).longValue());
        given().queryParam("after", seq - 1).queryParam("limit", 50).get("/api/v1/audit").then().statusCode(200)
                .body("operatorId", everyItem(equalTo(BANK)))
                .body("aggregateId", hasItem(consent.id().toString()));
        given().get("/api/v1/audit/verify").then().statusCode(403);
    }

    private void setDetail(long seq, String detail) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE audit_entry SET detail = ?1 WHERE seq = ?2")
                .setParameter(1, detail).setParameter(2, seq).executeUpdate());
    }
}
