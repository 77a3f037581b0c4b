package kz.kelisim.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import kz.kelisim.notification.WebhookAddressRange;
import kz.kelisim.notification.config.WebhookConfig;

/**
 * Decides whether a webhook URL may be called, at registration and again before every send: an
 * absolute http(s) URL (https on port 443 unless {@code kelisim.webhooks.require-https=false}) whose
 * host resolves only to public addresses (loopback too where {@code kelisim.webhooks.allow-loopback=true}).
 * One refused address refuses the host. The checked {@link Target} carries the address the sender
 * connects to, so a second lookup (DNS rebinding) cannot send the request elsewhere.
 */
@ApplicationScoped
public class WebhookTargets {

    /** A URL that passed the checks, and the address that was checked. */
    public record Target(URI uri, String host, int port, boolean https, InetAddress address) {

        /** The path and query the request asks for. */
        public String requestUri() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }

    /** Why a URL was refused: its form, a host that does not resolve, or an address in a refused range. */
    public enum Reason { FORM, UNRESOLVED, ADDRESS }

    /** A refused URL; the message says what is expected, in words for the webhook's owner. */
    public static final class Refused extends Exception {
        private final Reason reason;

        Refused(Reason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    static final int MAX_URL_LENGTH = 2000;
    static final String NOT_A_URL = "must be an absolute http or https URL";
    static final String NOT_HTTPS = "must be an https URL on port 443";

    private final WebhookAddresses addresses;
    private final WebhookConfig config;

    public WebhookTargets(WebhookAddresses addresses, WebhookConfig config) {
        this.addresses = addresses;
        this.config = config;
    }

    /** Checks the URL and resolves its host; the target names the one address to connect to. */
    public Target check(String url) throws Refused {
        URI uri = parse(url);
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        if (config.requireHttps() && (!https || port != 443)) {
            throw new Refused(Reason.FORM, NOT_HTTPS);
        }
        String host = uri.getHost();
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> all;
        try {
            all = addresses.resolve(name);
        } catch (UnknownHostException | IllegalArgumentException | SecurityException e) {
            all = List.of();
        }
        if (all.isEmpty()) {
            throw new Refused(Reason.UNRESOLVED, "must name a host that resolves; " + name + " does not resolve");
        }
        for (InetAddress address : all) {
            Optional<WebhookAddressRange> range = refusedRange(address);
            if (range.isPresent()) {
                // A host name says what it resolved to; an IP literal is named as it was written.
                boolean literal = name.contains(":") || name.chars().allMatch(c -> c == '.' || Character.isDigit(c));
                String which = literal ? name + " is " : name + " resolves to " + address.getHostAddress() + ", ";
                throw new Refused(Reason.ADDRESS, "must resolve to a public address; " + which + range.get().description());
            }
        }
        return new Target(uri, host, port, https, all.get(0));
    }

    private Optional<WebhookAddressRange> refusedRange(InetAddress address) {
        Optional<WebhookAddressRange> range = WebhookAddressRange.of(address);
        return range.filter(r -> !(r == WebhookAddressRange.LOOPBACK && config.allowLoopback()));
    }

    private static URI parse(String url) throws Refused {
        if (url == null || url.length() > MAX_URL_LENGTH) {
            throw new Refused(Reason.FORM, NOT_A_URL);
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw new Refused(Reason.FORM, NOT_A_URL);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new Refused(Reason.FORM, NOT_A_URL);
        }
    }
}
