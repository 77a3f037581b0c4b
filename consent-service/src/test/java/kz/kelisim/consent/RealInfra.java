package kz.kelisim.consent;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import kz.kelisim.testkit.RealInfraResource;

/**
 * Every @QuarkusTest of this module runs on a real PostgreSQL database and a real Kafka broker.
 */
@QuarkusTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "database", value = "consent_qt"))
public final class RealInfra {

    private RealInfra() {
    }
}
