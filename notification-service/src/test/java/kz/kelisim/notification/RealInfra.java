package kz.kelisim.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import kz.kelisim.testkit.RealInfraResource;

/**
 * Every @QuarkusTest of this module runs on a real PostgreSQL database and a real Kafka broker,
 * and sends e-mail to a real SMTP server (GreenMail) on a port of its own. Its consumers start past the
 * events that the other modules' tests left on the broker.
 */
@QuarkusTestResource(value = RealInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "notification_qt"),
        @ResourceArg(name = "consumerGroup", value = "notification-service"),
        @ResourceArg(name = "topics", value = "consent-events,objection-events,breach-events")})
@QuarkusTestResource(MailServerPort.class)
public final class RealInfra {

    private RealInfra() {
    }
}
