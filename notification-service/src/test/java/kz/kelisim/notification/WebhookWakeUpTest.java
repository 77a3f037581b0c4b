package kz.kelisim.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.consent.ConsentRevoked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The webhook sender is woken by the commit that queues a delivery, not only by its poll: with the
 * poll set to an hour, a revocation's webhook still arrives.
 */
@QuarkusTest
@TestProfile(WebhookWakeUpTest.HourlyPoll.class)
class WebhookWakeUpTest {

    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kelisim.senders.webhook-interval", "1h");
        }
    }

    @Inject
    Events events;
    @Inject
    SubjectPseudonym pseudonym;

    @Test
    @TestSecurity(user = "acme", roles = "operator")
    @OidcSecurity(claims = @Claim(key = "operator_id", value = WebhookDeliveryTest.OPERATOR))
    @DisplayName("PDL-8.7: a revocation's webhook is sent when the delivery commits, without waiting for the sender's poll")
    void a_queued_delivery_wakes_the_sender() throws Exception {
        try (Receiver receiver = new Receiver(0)) {
            WebhookDeliveryTest.register(receiver.url(), "[\"" + ConsentRevoked.TYPE + "\"]", WebhookDeliveryTest.SECRET);
            String purpose = "wake-" + UUID.randomUUID().toString().substring(0, 8);
            events.send(WebhookDeliveryTest.revoked(pseudonym, purpose));
            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.about(purpose).isEmpty());
            assertThat(receiver.about(purpose)).hasSize(1).allMatch(r -> r.answered() == 204);
        }
    }
}
