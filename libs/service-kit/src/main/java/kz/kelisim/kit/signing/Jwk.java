package kz.kelisim.kit.signing;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** How every Kelisim key is named and published: an ES256 (P-256) public key as a JWK. */
public final class Jwk {

    public static final String ES256 = "ES256";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Jwk() {
    }

    /** The key id: the first 16 bytes of the SHA-256 of the key's X.509 encoding, base64url. */
    public static String kid(ECPublicKey key) {
        try {
            return URL.encodeToString(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWK of a P-256 public key that verifies ES256 signatures. */
    public static Map<String, Object> es256(String kid, ECPublicKey key) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "EC");
        jwk.put("crv", "P-256");
        jwk.put("kid", kid);
        jwk.put("use", "sig");
        jwk.put("alg", ES256);
        jwk.put("x", URL.encodeToString(unsigned(key.getW().getAffineX())));
        jwk.put("y", URL.encodeToString(unsigned(key.getW().getAffineY())));
        return jwk;
    }

    /** A coordinate as exactly 32 unsigned big-endian bytes, as RFC 7518 requires for P-256. */
    private static byte[] unsigned(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }
}
