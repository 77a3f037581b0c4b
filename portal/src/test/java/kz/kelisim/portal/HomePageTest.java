package kz.kelisim.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomePageTest {

    @Test
    @TestSecurity(user = "aigerim", roles = {"subject", "offline_access"})
    @OidcSecurity(claims = @Claim(key = "name", value = "Айгерім Садықова"))
    void greets_the_user_by_name_and_role_in_kazakh_by_default() {
        given().get("/").then().statusCode(200)
                .body(containsString("Сәлеметсіз бе, Айгерім Садықова!"))
                .body(containsString("subject"))
                .body(not(containsString("offline_access")));
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    void the_language_switch_is_applied_and_remembered() {
        given().queryParam("lang", "ru").get("/").then().statusCode(200)
                .body(containsString("Здравствуйте, inspector!"))
                .cookie("lang", "ru");
        given().cookie("lang", "en").get("/").then().statusCode(200).body(containsString("Hello, inspector!"));
    }

    @Test
    void health_is_public() {
        given().get("/q/health/live").then().statusCode(200);
    }
}
