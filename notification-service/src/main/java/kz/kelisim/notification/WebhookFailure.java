package kz.kelisim.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Why a webhook attempt failed without an HTTP status, in the words its owner reads in the delivery
 * log. The log never carries an exception's text: that named Java classes and could describe the
 * network on Kelisim's side of the connection.
 */
public enum WebhookFailure {
    /** No connection, a refused one, a reset, a TLS handshake or certificate that failed, or no address. */
    CONNECTION_FAILED("connection failed"),
    /** The receiver did not connect or answer within {@code kelisim.delivery.webhook-timeout}. */
    TIMEOUT("timeout"),
    /** The URL or an address of its host is refused (kelisim.webhooks.*); no connection was made. */
    ADDRESS_NOT_ALLOWED("address not allowed"),
    /** The endpoint was removed before the attempt. */
    ENDPOINT_REMOVED("endpoint removed"),
    /** The service was stopping. */
    INTERRUPTED("interrupted");

    private static final Pattern HTTP_STATUS = Pattern.compile("HTTP \\d{3}");

    private final String text;

    WebhookFailure(String text) {
        this.text = text;
    }

    /** The words stored and shown: "connection failed". */
    public String text() {
        return text;
    }

    /**
     * What the delivery log shows for a stored reason or attempt detail: an HTTP status or one of these
     * failures as they are; anything else (exception text written before these words existed) becomes
     * "timeout" or "connection failed".
     */
    public static String forOwner(String stored) {
        if (stored == null) {
            return null;
        }
        String trimmed = stored.strip();
        if (HTTP_STATUS.matcher(trimmed).matches() || Arrays.stream(values()).anyMatch(f -> f.text.equals(trimmed))) {
            return trimmed;
        }
        if (trimmed.startsWith("HTTP ") && HTTP_STATUS.matcher(trimmed.substring(0, Math.min(8, trimmed.length()))).matches()) {
            return trimmed.substring(0, 8);
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        return lower.contains("timeout") || lower.contains("timed out") ? TIMEOUT.text : CONNECTION_FAILED.text;
    }
}
