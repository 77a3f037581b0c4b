package kz.kelisim.consent.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kz.kelisim.kit.signing.Jwk;
import kz.kelisim.kit.signing.PublicKeySource;

/**
 * The EC P-256 key that signs consent receipts (ES256). It is generated at first start and stored
 * in the database, so every instance signs with the same key and the JWKS stays stable.
 */
@ApplicationScoped
public class SigningKeys implements PublicKeySource {

    static final String ALGORITHM = "ES256";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final EntityManager em;
    private final Clock clock;
    private volatile Loaded loaded;

    public SigningKeys(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    private record Loaded(String kid, PrivateKey privateKey, ECPublicKey publicKey) {
    }

    /** Signs the payload as a compact JWS (RFC 7515) with the active key. */
    public String sign(byte[] payload, String contentType) {
        Loaded key = key();
        String header = "{\"alg\":\"" + ALGORITHM + "\",\"kid\":\"" + key.kid() + "\",\"cty\":\"" + contentType + "\"}";
        String input = URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "." + URL.encodeToString(payload);
        try {
            // P1363 gives the raw R||S that JWS expects, not the DER the plain algorithm returns.
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(key.privateKey());
            signer.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + URL.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign", e);
        }
    }

    /** The receipt key as a JWK, published with the service's other keys at /.well-known/jwks.json. */
    @Override
    public List<Map<String, Object>> publicJwks() {
        Loaded key = key();
        return List.of(Jwk.es256(key.kid(), key.publicKey()));
    }

    private Loaded key() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = loadOrCreate();
                }
                current = loaded;
            }
        }
        return current;
    }

    private Loaded loadOrCreate() {
        Loaded existing = read();
        if (existing != null) {
            return existing;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            byte[] publicDer = pair.getPublic().getEncoded();
            String kid = URL.encodeToString(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(publicDer), 16));
            // Two instances starting at once: the unique index on the active key lets only one insert win.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                            INSERT INTO signing_key (kid, algorithm, private_key, public_key, created_at, active)
                            VALUES (?1, ?2, ?3, ?4, ?5, TRUE) ON CONFLICT DO NOTHING""")
                    .setParameter(1, kid).setParameter(2, ALGORITHM)
                    .setParameter(3, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()))
                    .setParameter(4, Base64.getEncoder().encodeToString(publicDer))
                    .setParameter(5, clock.instant())
                    .executeUpdate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the receipt signing key", e);
        }
        return read();
    }

    private Loaded read() {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT kid, private_key, public_key FROM signing_key WHERE active").getResultList());
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode((String) row[1])));
            ECPublicKey publicKey = (ECPublicKey) factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode((String) row[2])));
            return new Loaded((String) row[0], privateKey, publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored receipt signing key is unreadable", e);
        }
    }
}
