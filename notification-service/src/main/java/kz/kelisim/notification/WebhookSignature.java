package kz.kelisim.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing: the secret is {@code whsec_} and base64 of 24 to 64 random bytes, and
 * the signature is {@code v1,} and base64 of HMAC-SHA256 over {@code id.timestamp.body}.
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";

    private WebhookSignature() {
    }

    /** Explains why a secret is not a Standard Webhooks secret, or returns null when it is one. */
    public static String problemWith(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return "must start with '" + PREFIX + "'";
        }
        try {
            int length = Base64.getDecoder().decode(secret.substring(PREFIX.length())).length;
            return length >= 24 && length <= 64 ? null : "must encode 24 to 64 bytes in base64";
        } catch (IllegalArgumentException e) {
            return "must be base64 after '" + PREFIX + "'";
        }
    }

    /** A new random secret. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** The value of the {@code webhook-signature} header for one message. */
    public static String sign(String secret, String messageId, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())), "HmacSHA256"));
            byte[] signed = mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
