package kz.kelisim.objection;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import kz.kelisim.testkit.RealInfraResource;

/**
 * Every @QuarkusTest of this module runs on a real PostgreSQL database and a real Kafka broker; its
 * consumer starts past the events that the other modules' tests left on consent-events.
 */
@QuarkusTestResource(value = RealInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "objection_qt"),
        @ResourceArg(name = "consumerGroup", value = "objection-service.test"),
        @ResourceArg(name = "topics", value = "consent-events")})
public final class RealInfra {

    private RealInfra() {
    }
}
