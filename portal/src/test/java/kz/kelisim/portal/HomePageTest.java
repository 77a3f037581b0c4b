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
                .body(containsString("<html lang=\"kk\">"))
                .body(containsString("Сәлеметсіз бе, Айгерім Садықова!"))
                .body(containsString("subject"))
                .body(not(containsString("offline_access")))
                .body(containsString("href=\"/consents\""));
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    void the_language_switch_is_applied_and_remembered() {
        given().queryParam("lang", "ru").get("/").then().statusCode(200)
                .body(containsString("Здравствуйте, inspector!"))
                .cookie("lang", "ru");
        given().cookie("lang", "en").get("/").then().statusCode(200).body(containsString("Hello, inspector!"))
                .body(not(containsString("href=\"/consents\"")));
        given().queryParam("lang", "xx").cookie("lang", "zz").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"kk\">"));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    void pages_send_a_strict_content_security_policy() {
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void health_is_public() {
        given().get("/q/health/live").then().statusCode(200);
    }
}
