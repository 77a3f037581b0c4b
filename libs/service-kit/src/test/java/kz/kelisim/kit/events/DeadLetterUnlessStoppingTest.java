package kz.kelisim.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A graceful stop closed objection-service's database layer while its consumer was still applying
 * consent events; each failed with "EntityManagerFactory is closed" and went to the dead-letter
 * topic, where it was never applied. While stopping, a failed event is now left for redelivery.
 */
class DeadLetterUnlessStoppingTest {

    private final List<Long> deadLettered = new ArrayList<>();
    private final KafkaFailureHandler deadLetterQueue = new KafkaFailureHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            deadLettered.add(record.getOffset());
            return Uni.createFrom().voidItem();
        }
    };
    private final KafkaFailureHandler handler = new DeadLetterUnlessStopping.Handler("consent-events", deadLetterQueue);

    @AfterEach
    void running_again() {
        new Stopping().started(null);
    }

    @Test
    @DisplayName("While running, an event that failed goes to the dead-letter topic")
    void running_dead_letters() {
        new Stopping().started(null);

        handler.handle(record(41), new IllegalArgumentException("unreadable"), Metadata.empty()).await().indefinitely();

        assertThat(deadLettered).containsExactly(41L);
    }

    @Test
    @DisplayName("While stopping, an event that failed is not dead-lettered: it is left for redelivery")
    void stopping_holds_the_event() {
        new Stopping().stopping(null);

        handler.handle(record(42), new IllegalStateException("EntityManagerFactory is closed"), Metadata.empty()).await().indefinitely();

        assertThat(deadLettered).isEmpty();
    }

    @Test
    @DisplayName("While stopping, a database outage is not waited out: the event is handed back at once")
    void stopping_ends_the_wait_for_the_database() {
        new Stopping().stopping(null);
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> UntilApplied.run("test", () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("flush failed", new SQLException("connection refused", "08001"));
        })).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    private static IncomingKafkaRecord<String, String> record(long offset) {
        return new IncomingKafkaRecord<>(new ConsumerRecord<>("consent-events", 0, offset, "subject", "{}"),
                "consent-events", -1, null, null, false, false);
    }
}
