package kz.kelisim.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server that receives webhooks: it answers 500 to the first {@code failures} requests
 * (or to every request while {@link #failing} is set) and 204 afterwards, and keeps what it saw.
 */
final class Receiver implements AutoCloseable {

    /** One received request: the Standard Webhooks headers, the body, the answer and the Host header. */
    record Request(String id, String timestamp, String signature, String body, int answered, String host) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    volatile boolean failing;
    private final AtomicInteger failuresLeft;
    private final HttpServer server;

    Receiver(int failures) throws IOException {
        this.failuresLeft = new AtomicInteger(failures);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failing || failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            var h = exchange.getRequestHeaders();
            requests.add(new Request(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"),
                    body, status, h.getFirst("Host")));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return url("127.0.0.1");
    }

    /** The receiver's URL under another host name (one {@link FakeDns} resolves to 127.0.0.1). */
    String url(String host) {
        return "http://" + host + ":" + port() + "/hook";
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Request> about(String text) {
        return requests.stream().filter(r -> r.body().contains(text)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
