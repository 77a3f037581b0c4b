package kz.kelisim.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Resolves a webhook's host to its addresses. It is a bean of its own only so that tests can give a
 * host the addresses they need (one that turns private after registration, say); everything that
 * judges the addresses lives in {@link WebhookTargets}.
 */
@ApplicationScoped
public class WebhookAddresses {

    /** Every address of the host (an IP literal is its own address, without a lookup). */
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
