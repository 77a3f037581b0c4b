package kz.kelisim.consent;

import static io.restassured.RestAssured.given;
import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import kz.kelisim.consent.service.OperatorService;
import kz.kelisim.contracts.operator.OperatorProfilePublished;
import kz.kelisim.contracts.operator.ResponsiblePerson;
import kz.kelisim.contracts.operator.Trilingual;
import kz.kelisim.kit.directory.OperatorDirectory;
import kz.kelisim.testkit.FreshIds;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperatorApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;
    @Inject
    OperatorDirectory directory;
    @Inject
    OperatorService operators;

    static ObjectNode profile(String nameEn) {
        ObjectNode p = JSON.createObjectNode();
        p.set("name", JSON.createObjectNode().put("kk", nameEn + " ЖШС").put("ru", "ТОО " + nameEn).put("en", nameEn));
        p.set("description", JSON.createObjectNode().put("kk", "Жеке тұлғаларға несие береді")
                .put("ru", "Выдаёт кредиты физическим лицам").put("en", "Lends to individuals"));
        p.put("legalAddress", "Almaty, Abay avenue 1, 050000");
        p.set("responsible", JSON.createObjectNode().put("name", "Aigul Serikova").put("email", "dpo@example.kz")
                .put("phone", "+7 727 000 00 00"));
        p.put("privacyNoticeUrl", "https://example.kz/privacy");
        return p;
    }

    static ValidatableResponse put(String bin, ObjectNode body) {
        return given().contentType(ContentType.JSON).body(body.toString()).put("/api/v1/operators/" + bin).then();
    }

    List<String> auditActions(String bin) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT a.action FROM audit_leaf a JOIN operator o ON o.id = a.aggregate_id WHERE o.bin = ?1 ORDER BY a.id",
                        String.class)
                .setParameter(1, bin).getResultList());
    }

    List<String> outboxKeys(String bin) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT event_type FROM outbox_event WHERE topic = 'operator-profiles' AND message_key = ?1", String.class)
                .setParameter(1, bin).getResultList());
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("An operator maintains its own profile with its token, and the change is a new audited version (BRN-1 contact)")
    void operator_maintains_its_own_profile() {
        var current = given().get("/api/v1/operators/" + BANK).then().extract();
        int before = current.statusCode() == 404 ? 0 : current.<Integer>path("version");
        String name = "Demo Bank " + UUID.randomUUID().toString().substring(0, 6);
        put(BANK, profile(name)).statusCode(before == 0 ? 201 : 200)
                .body("version", equalTo(before + 1))
                .body("name.en", equalTo(name))
                .body("responsible.email", equalTo("dpo@example.kz"))
                .body("displayName", equalTo(name + " ЖШС (БСН " + BANK + ")"));
        assertThat(auditActions(BANK)).last().isIn("OPERATOR_PROFILE_CREATED", "OPERATOR_PROFILE_CORRECTED");
        assertThat(directory.display(BANK, "en")).isEqualTo(name + " (BIN " + BANK + ")");
    }

    @Test
    @TestSecurity(user = "demo-bank", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = BANK))
    @DisplayName("An operator cannot create or correct another operator's profile: 403 and nothing stored")
    void operator_cannot_put_another_operators_profile() {
        String other = FreshIds.bin();
        put(other, profile("Not Mine")).statusCode(403).contentType("application/problem+json")
                .body("type", containsString("not-own-profile"));
        given().get("/api/v1/operators/" + other).then().statusCode(404);
        assertThat(outboxKeys(other)).isEmpty();
    }

    @Test
    @TestSecurity(user = "admin-aliya", roles = "admin")
    @DisplayName("An administrator creates and corrects any profile; each change is audited and published once, a repeat changes nothing")
    void admin_creates_and_corrects_any_profile() {
        String bin = FreshIds.bin();
        put(bin, profile("Kaspi Test")).statusCode(201).body("version", equalTo(1)).body("bin", equalTo(bin));
        put(bin, profile("Kaspi Test")).statusCode(200).body("version", equalTo(1));
        put(bin, profile("Kaspi Renamed")).statusCode(200).body("version", equalTo(2)).body("name.en", equalTo("Kaspi Renamed"));

        assertThat(auditActions(bin)).containsExactly("OPERATOR_PROFILE_CREATED", "OPERATOR_PROFILE_CORRECTED");
        assertThat(outboxKeys(bin)).containsExactly(OperatorProfilePublished.TYPE, OperatorProfilePublished.TYPE);
        assertThat(directory.find(bin)).hasValueSatisfying(p -> assertThat(p.version()).isEqualTo(2));
        String actor = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT a.actor FROM audit_leaf a JOIN operator o ON o.id = a.aggregate_id WHERE o.bin = ?1 ORDER BY a.id DESC LIMIT 1")
                .setParameter(1, bin).getSingleResult());
        assertThat(actor).isEqualTo("admin-aliya");
    }

    @Test
    @TestSecurity(user = "admin-aliya", roles = "admin")
    @DisplayName("ID-1: a path that is no valid BIN (a wrong check digit, an IIN, letters) is a 400 naming bin")
    void invalid_bin_is_refused_naming_the_field() {
        String wrongCheck = BANK.substring(0, 11) + ((BANK.charAt(11) - '0' + 1) % 10);
        for (String bad : List.of(wrongCheck, AIGERIM, "05014000123X", "123")) {
            put(bad, profile("Bad")).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("bin"));
            given().get("/api/v1/operators/" + bad).then().statusCode(400).body("errors.field", hasItem("bin"));
        }
    }

    @Test
    @TestSecurity(user = "admin-aliya", roles = "admin")
    @DisplayName("A profile without its names, address, responsible person (BRN-1) or privacy notice is a 400 naming each field")
    void incomplete_profile_is_refused_naming_each_field() {
        String bin = FreshIds.bin();
        ObjectNode body = profile("Partial");
        ((ObjectNode) body.get("name")).remove("ru");
        body.remove("legalAddress");
        body.set("responsible", JSON.createObjectNode().put("name", "Aigul").put("email", "not an address"));
        body.put("privacyNoticeUrl", "javascript:alert(1)");
        put(bin, body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name.ru", "legalAddress", "responsible.email", "privacyNoticeUrl"));
        ObjectNode noContact = profile("No contact");
        noContact.set("responsible", JSON.createObjectNode().put("name", "Aigul"));
        put(bin, noContact).statusCode(400).body("errors.field", hasItem("responsible"));
        given().contentType(ContentType.JSON).body("[1,2]").put("/api/v1/operators/" + bin).then().statusCode(400);
        given().contentType(ContentType.JSON).put("/api/v1/operators/" + bin).then().statusCode(400);
        given().get("/api/v1/operators/" + bin).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = AIGERIM))
    @DisplayName("A subject reads operators' names in her language and cannot change a profile")
    void subject_reads_names_and_cannot_write() {
        String bin = FreshIds.bin();
        adminPut(bin, "Halyk Test");
        given().header("Accept-Language", "ru-RU,ru;q=0.9").get("/api/v1/operators/" + bin).then().statusCode(200)
                .body("displayName", equalTo("ТОО Halyk Test (БИН " + bin + ")"));
        given().header("Accept-Language", "en").get("/api/v1/operators").then().statusCode(200)
                .body("displayName", hasItem("Halyk Test (BIN " + bin + ")"));
        put(bin, profile("Hijacked")).statusCode(403);
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("The regulator reads every operator's name, with the BIN beside it, in Kazakh by default")
    void regulator_reads_names_in_kazakh_by_default() {
        String bin = FreshIds.bin();
        adminPut(bin, "Jusan Test");
        given().get("/api/v1/operators").then().statusCode(200)
                .body("displayName", hasItem("Jusan Test ЖШС (БСН " + bin + ")"));
        put(bin, profile("Hijacked")).statusCode(403);
    }

    private void adminPut(String bin, String name) {
        operators.save(bin, new OperatorDetails(new Trilingual(name + " ЖШС", "ТОО " + name, name),
                new Trilingual("Банк", "Банк", "Bank"), "Astana",
                new ResponsiblePerson("Aigul", "dpo@example.kz", null), "https://example.kz/p"), "test");
    }
}
