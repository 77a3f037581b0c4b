package kz.kelisim.objection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceSpineTest {

    @Test
    void readiness_checks_the_database_and_kafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void metrics_and_openapi_are_published() {
        given().get("/q/metrics").then().statusCode(200);
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Kelisim objection-service"));
    }

    @Test
    void api_paths_need_a_token() {
        given().get("/api/v1/anything").then().statusCode(401);
    }
}
