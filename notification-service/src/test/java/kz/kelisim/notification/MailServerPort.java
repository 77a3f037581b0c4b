package kz.kelisim.notification;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Gives the service a free SMTP port for the test run; {@link Mailbox} starts the SMTP server on it,
 * so tests can also take the server away to see deliveries retried.
 */
public class MailServerPort implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Map.of("quarkus.mailer.port", Integer.toString(socket.getLocalPort()));
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the test SMTP server", e);
        }
    }

    @Override
    public void stop() {
        // Mailbox stops the server with the JVM.
    }
}
