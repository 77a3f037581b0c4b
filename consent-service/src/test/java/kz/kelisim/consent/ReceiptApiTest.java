package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static kz.kelisim.consent.Given.TELECOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Base64;
import java.util.List;
import kz.kelisim.consent.service.OperatorService;
import kz.kelisim.contracts.operator.ResponsiblePerson;
import kz.kelisim.contracts.operator.Trilingual;
import kz.kelisim.testkit.FreshIds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReceiptApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Given given;
    @Inject
    OperatorService operators;

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("A receipt names the operator and each third party by name with the BIN beside it in kk, ru and en; one without a profile as an unregistered operator")
    void receipt_names_the_operator_and_its_recipients() {
        String recipient = FreshIds.bin();
        operators.save(BANK, new OperatorDetails(new Trilingual("Демо Банк АҚ", "АО Демо Банк", "Demo Bank"),
                new Trilingual("Банк", "Банк", "A bank"), "Almaty, Abay avenue 1",
                new ResponsiblePerson("Aigul Serikova", "dpo@demo-bank.kz", null), "https://demo-bank.kz/privacy"), "test");
        String code = Given.uniqueCode("named");
        given.purpose(BANK, code, null, List.of(recipient));
        Consent consent = given.consent(BANK, AIGERIM, code);
        given().get("/api/v1/consents/" + consent.id() + "/receipt").then().statusCode(200)
                .body("receipt.controller.displayName.en", equalTo("Demo Bank (BIN " + BANK + ")"))
                .body("receipt.controller.displayName.kk", equalTo("Демо Банк АҚ (БСН " + BANK + ")"))
                .body("receipt.controller.displayName.ru", equalTo("АО Демо Банк (БИН " + BANK + ")"))
                .body("receipt.controller.privacyNoticeUrl", equalTo("https://demo-bank.kz/privacy"))
                .body("receipt.controller.responsible.email", equalTo("dpo@demo-bank.kz"))
                .body("receipt.recipientNames[0].id", equalTo(recipient))
                .body("receipt.recipientNames[0].displayName.en", equalTo("unregistered operator (BIN " + recipient + ")"))
                .body("receipt.recipientNames[0].displayName.kk", equalTo("тіркелмеген оператор (БСН " + recipient + ")"));
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("A consent receipt carries the ISO/IEC TS 27560 and Kantara fields and its JWS verifies offline with the published JWKS")
    void receipt_verifies_offline_with_the_jwks() throws Exception {
        Consent consent = given.sharedConsent(Given.uniqueCode("receipt"));
        String body = given().get("/api/v1/consents/" + consent.id() + "/receipt").then().statusCode(200)
                .body("receipt.recordId", equalTo(consent.id().toString()))
                .body("receipt.controller.id", equalTo(BANK))
                .body("receipt.purpose.version", equalTo(1))
                .body("receipt.recipients[0]", equalTo(TELECOM))
                .body("receipt.validity.untilPurposeAchieved", equalTo(true))
                .body("receipt.language", equalTo("kk"))
                .body("receipt.jurisdiction", equalTo("KZ"))
                .body("receipt.events[0].action", equalTo("GRANTED"))
                .extract().asString();
        JsonNode answer = JSON.readTree(body);
        String jws = answer.path("jws").asText();
        String jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();

        String[] parts = jws.split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.path("alg").asText()).isEqualTo("ES256");
        JsonNode key = null;
        for (JsonNode k : JSON.readTree(jwks).path("keys")) {
            if (k.path("kid").asText().equals(header.path("kid").asText())) {
                key = k;
            }
        }
        assertThat(key).as("the JWKS holds the receipt's key").isNotNull();
        PublicKey publicKey = ecKey(key.path("x").asText(), key.path("y").asText());

        assertThat(verify(publicKey, parts[0] + "." + parts[1], parts[2])).isTrue();
        assertThat(JSON.readTree(Base64.getUrlDecoder().decode(parts[1]))).isEqualTo(answer.path("receipt"));
        // Any change to the payload breaks the signature.
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace(BANK, TELECOM).getBytes(StandardCharsets.UTF_8));
        assertThat(verify(publicKey, parts[0] + "." + tampered, parts[2])).isFalse();
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = AIGERIM))
    @DisplayName("The subject downloads the receipt of their own consent")
    void subject_downloads_own_receipt() {
        Consent consent = given.sharedConsent(Given.uniqueCode("mine"));
        given().get("/api/v1/me/consents/" + consent.id() + "/receipt").then().statusCode(200)
                .body("receipt.subject.iin", equalTo(AIGERIM));
    }

    @Test
    @TestSecurity(user = "demo-telecom", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = TELECOM))
    void another_operator_gets_404_for_the_receipt() {
        Consent consent = given.sharedConsent(Given.uniqueCode("notyours"));
        given().get("/api/v1/consents/" + consent.id() + "/receipt").then().statusCode(404);
    }

    @Test
    @DisplayName("The JWKS is public: no token needed")
    void jwks_is_public() {
        given().get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys[0].kty", equalTo("EC")).body("keys[0].crv", equalTo("P-256"));
    }

    static PublicKey ecKey(String x, String y) throws Exception {
        AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
        params.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = params.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(new BigInteger(1, Base64.getUrlDecoder().decode(x)),
                new BigInteger(1, Base64.getUrlDecoder().decode(y)));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
    }

    static boolean verify(PublicKey key, String signingInput, String signature) throws Exception {
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(key);
        verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(Base64.getUrlDecoder().decode(signature));
    }
}
