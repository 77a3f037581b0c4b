package kz.kelisim.contracts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The subject's pseudonym: an HMAC-SHA256 of the IIN under a key shared by the services, so
 * events and topics never carry the raw IIN while each subject's events keep one Kafka key.
 */
public final class SubjectPseudonym {

    private final SecretKeySpec key;

    public SubjectPseudonym(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("The pseudonym key must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The pseudonym of one IIN, as 64 lowercase hex characters. */
    public String of(String iin) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(iin.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
