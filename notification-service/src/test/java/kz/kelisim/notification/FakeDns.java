package kz.kelisim.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.kelisim.notification.service.WebhookAddresses;

/**
 * The tests' name resolution for webhooks: a host given addresses here resolves to them (and can be
 * given others later, as a rebinding DNS server would); every other host resolves as usual. Tests use
 * names under {@code .kelisim.test}, which no real DNS answers.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FakeDns extends WebhookAddresses {

    private final Map<String, List<InetAddress>> answers = new ConcurrentHashMap<>();

    /** From now on the host resolves to these addresses (none: it does not resolve). */
    public void answer(String host, String... addresses) {
        answers.put(host.toLowerCase(), java.util.Arrays.stream(addresses).map(FakeDns::literal).toList());
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        List<InetAddress> answer = answers.get(host.toLowerCase());
        if (answer == null) {
            return super.resolve(host);
        }
        if (answer.isEmpty()) {
            throw new UnknownHostException(host);
        }
        return answer;
    }

    private static InetAddress literal(String ip) {
        try {
            return InetAddress.getByName(ip);   // an IP literal: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }
}
