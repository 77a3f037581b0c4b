package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static kz.kelisim.consent.Given.TELECOM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "demo-bank", roles = "operator")
@OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
class ConsentCheckApiTest {

    @Inject
    Given given;

    static ValidatableResponse check(String iin, String code) {
        return given().contentType(ContentType.JSON)
                .body("{\"subjectIin\":\"" + iin + "\",\"purposeCode\":\"" + code + "\"}")
                .post("/api/v1/consent-checks").then().statusCode(200);
    }

    @Test
    @DisplayName("PDL-8.7: the check says allowed, and not allowed the moment the revocation commits")
    void revocation_shows_in_the_check_immediately() {
        String code = Given.uniqueCode("check");
        Consent consent = given.sharedConsent(code);
        check(AIGERIM, code).body("allowed", equalTo(true)).body("consentId", equalTo(consent.id().toString()))
                .body("status", equalTo("ACTIVE")).body("reason", nullValue());
        given.revoke(consent.id(), AIGERIM);
        check(AIGERIM, code).body("allowed", equalTo(false)).body("status", equalTo("REVOKED"))
                .body("reason", containsString("PDL-8.7"));
    }

    @Test
    @DisplayName("PDL-8.6: after purpose-achieved the check says not allowed")
    void purpose_achieved_shows_in_the_check() {
        String code = Given.uniqueCode("check");
        given.purpose(BANK, code, null, List.of());
        Consent consent = given.consent(BANK, AIGERIM, code);
        given.achieve(consent.id(), BANK);
        check(AIGERIM, code).body("allowed", equalTo(false)).body("status", equalTo("PURPOSE_ACHIEVED"));
    }

    @Test
    @DisplayName("A newer consent after a revoked one allows processing again")
    void a_new_consent_after_revocation_allows_again() {
        String code = Given.uniqueCode("again");
        Consent first = given.sharedConsent(code);
        given.revoke(first.id(), AIGERIM);
        Consent second = given.consent(BANK, AIGERIM, code);
        check(AIGERIM, code).body("allowed", equalTo(true)).body("consentId", equalTo(second.id().toString()));
    }

    @Test
    @DisplayName("PDL-8.7: the newest consent decides, so an older record for the same purpose does not keep processing allowed after a revocation")
    void an_older_duplicate_does_not_outlive_the_revocation() {
        String code = Given.uniqueCode("dup");
        Consent older = given.sharedConsent(code);
        Consent newer = given.consent(BANK, AIGERIM, code);
        given.revoke(newer.id(), AIGERIM);
        check(AIGERIM, code).body("allowed", equalTo(false)).body("consentId", equalTo(newer.id().toString()))
                .body("status", equalTo("REVOKED"));
        given().get("/api/v1/consents/" + older.id()).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    @DisplayName("Without a consent, or with only another operator's consent, the check says NO_CONSENT")
    void other_operators_consent_does_not_count() {
        String code = Given.uniqueCode("theirs");
        given.purpose(TELECOM, code, null, List.of());
        given.consent(TELECOM, AIGERIM, code);
        check(AIGERIM, code).body("allowed", equalTo(false)).body("consentId", nullValue())
                .body("reason", containsString("NO_CONSENT"));
    }

    @Test
    @DisplayName("ID-1: a check with a bad IIN or purpose code is 400")
    void bad_checks_are_400() {
        given().contentType(ContentType.JSON).body("{\"subjectIin\":\"900515401231\",\"purposeCode\":\"Bad Code\"}")
                .post("/api/v1/consent-checks").then().statusCode(400)
                .body("errors.field", hasItem("subjectIin")).body("errors.field", hasItem("purposeCode"));
        given().contentType(ContentType.JSON).post("/api/v1/consent-checks").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    void subjects_cannot_run_checks() {
        given().contentType(ContentType.JSON).body("{\"subjectIin\":\"" + AIGERIM + "\",\"purposeCode\":\"x\"}")
                .post("/api/v1/consent-checks").then().statusCode(403);
    }
}
