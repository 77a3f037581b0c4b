package kz.kelisim.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import kz.kelisim.testkit.RealInfraResource;

/**
 * Every @QuarkusTest of this module runs on a real PostgreSQL database and a real Kafka broker,
 * and sends e-mail to a real SMTP server (GreenMail) on a port of its own.
 */
@QuarkusTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "database", value = "notification_qt"))
@QuarkusTestResource(MailServerPort.class)
public final class RealInfra {

    private RealInfra() {
    }
}
