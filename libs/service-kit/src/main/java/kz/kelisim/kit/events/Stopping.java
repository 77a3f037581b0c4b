package kz.kelisim.kit.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Whether the application has begun to stop. Shutdown closes the database layer while the Kafka
 * consumers may still be applying events; from the first moment of shutdown a failed event is held
 * for redelivery, never dead-lettered (see {@link DeadLetterUnlessStopping}).
 */
@ApplicationScoped
public class Stopping {

    private static volatile boolean stopping;

    /** True from the start of shutdown until the next start. */
    public static boolean now() {
        return stopping;
    }

    void started(@Observes StartupEvent event) {
        stopping = false;
    }

    /** Observed before anything else is told of the shutdown. */
    void stopping(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        stopping = true;
    }
}
