package kz.kelisim.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import kz.kelisim.notification.WebhookEndpoint;

/**
 * Keeps webhook signing secrets encrypted at rest, bound to their owner.
 */
@ApplicationScoped
public class WebhookSecrets {

    private final SubjectCipher cipher;

    public WebhookSecrets(SubjectCipher cipher) {
        this.cipher = cipher;
    }

    public byte[] seal(String ownerId, String secret) {
        return cipher.encrypt(secret.getBytes(StandardCharsets.UTF_8), aad(ownerId));
    }

    public String reveal(WebhookEndpoint endpoint) {
        return new String(cipher.decrypt(endpoint.secretEnc(), aad(endpoint.ownerId())), StandardCharsets.UTF_8);
    }

    private static byte[] aad(String ownerId) {
        return ("webhook-secret/" + ownerId).getBytes(StandardCharsets.UTF_8);
    }
}
