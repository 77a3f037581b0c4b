package kz.kelisim.consent;

import static kz.kelisim.consent.Given.AIGERIM;
import static kz.kelisim.consent.Given.BANK;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.kelisim.contracts.Topics;
import kz.kelisim.contracts.consent.ConsentGranted;
import kz.kelisim.testkit.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay is woken by the commit that adds an event, not only by its poll: with the poll
 * set to an hour, a grant's event still reaches Kafka.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.HourlyPoll.class)
class OutboxWakeUpTest {

    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kelisim.outbox.poll-interval", "PT1H");
        }
    }

    @Inject
    Given given;

    @Test
    @DisplayName("A committed event leaves the outbox at once, without waiting for the relay's poll")
    void a_commit_wakes_the_relay() {
        String code = Given.uniqueCode("wake");
        given.purpose(BANK, code, "P1Y", List.of());
        try (TopicReader topic = new TopicReader(Topics.CONSENT_EVENTS)) {
            UUID id = given.consent(BANK, AIGERIM, code).id();
            var record = topic.await(r -> r.value().contains(id.toString()) && r.value().contains(ConsentGranted.TYPE),
                    Duration.ofSeconds(30));
            assertThat(record.value()).doesNotContain(AIGERIM);
        }
    }
}
