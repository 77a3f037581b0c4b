package kz.kelisim.kit.events;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * The consumers' failure strategy ({@code failure-strategy=dead-letter-unless-stopping}): an event
 * that failed goes to the channel's dead-letter topic, as with {@code dead-letter-queue}, except
 * while the application is stopping. Then the failure says nothing about the event (the database
 * layer is already closed), so the event is neither dead-lettered nor acknowledged: its offset is
 * not committed, and the next instance to start receives it again. The inbox makes that
 * redelivery harmless for an event that was in fact applied.
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopping.NAME)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {

    public static final String NAME = "dead-letter-unless-stopping";
    private static final Logger LOG = Logger.getLogger(DeadLetterUnlessStopping.class);

    private final KafkaFailureHandler.Factory deadLetterQueue;

    @Inject
    public DeadLetterUnlessStopping(@Identifier("dead-letter-queue") KafkaFailureHandler.Factory deadLetterQueue) {
        this.deadLetterQueue = deadLetterQueue;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
                                      BiConsumer<Throwable, Boolean> reportFailure) {
        return new Handler(config.getChannel(), deadLetterQueue.create(config, vertx, consumer, reportFailure));
    }

    /** Holds failed events while stopping, dead-letters them otherwise. */
    static final class Handler implements KafkaFailureHandler {

        private final String channel;
        private final KafkaFailureHandler deadLetter;

        Handler(String channel, KafkaFailureHandler deadLetter) {
            this.channel = channel;
            this.deadLetter = deadLetter;
        }

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            if (Stopping.now()) {
                LOG.infof("%s: stopping, so the event at %s-%d offset %d is left for redelivery after the restart (%s)",
                        channel, record.getTopic(), record.getPartition(), record.getOffset(), reason.getMessage());
                return Uni.createFrom().voidItem();
            }
            return deadLetter.handle(record, reason, metadata);
        }

        @Override
        public void terminate() {
            deadLetter.terminate();
        }
    }
}
