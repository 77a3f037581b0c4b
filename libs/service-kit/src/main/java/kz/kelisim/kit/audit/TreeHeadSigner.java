package kz.kelisim.kit.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kelisim.kit.signing.Jwk;
import kz.kelisim.kit.signing.PublicKeySource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs the audit log's tree heads with the service's ES256 key, and publishes the public half in
 * the JWK Set. The key comes from configuration ({@code kelisim.audit.signing.private-key}, PKCS#8,
 * and {@code .public-key}, X.509, both base64), never from the database the log lives in: whoever
 * can rewrite the tables must not be able to sign a head for the rewritten tree. After a key change,
 * {@code kelisim.audit.signing.retired-public-keys} (X.509, base64, comma-separated) keeps the heads
 * signed earlier verifiable, and the JWK Set lists those keys too.
 */
@ApplicationScoped
public class TreeHeadSigner implements PublicKeySource {

    private final PrivateKey privateKey;
    private final ECPublicKey publicKey;
    private final String kid;
    /** Every key a head of this log may carry: the current one first, then the retired ones. */
    private final Map<String, ECPublicKey> verifying = new LinkedHashMap<>();

    public TreeHeadSigner(Optional<String> privateKey, Optional<String> publicKey) {
        this(privateKey, publicKey, Optional.empty());
    }

    @Inject
    public TreeHeadSigner(@ConfigProperty(name = "kelisim.audit.signing.private-key") Optional<String> privateKey,
                          @ConfigProperty(name = "kelisim.audit.signing.public-key") Optional<String> publicKey,
                          @ConfigProperty(name = "kelisim.audit.signing.retired-public-keys") Optional<List<String>> retired) {
        if (privateKey.isPresent() != publicKey.isPresent()) {
            throw new IllegalStateException("kelisim.audit.signing.private-key and .public-key are set together");
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            this.privateKey = privateKey.isEmpty() ? null
                    : factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey.get().strip())));
            this.publicKey = publicKey.isEmpty() ? null
                    : (ECPublicKey) factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey.get().strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The audit signing key is unreadable (PKCS#8 and X.509, base64, EC P-256)", e);
        }
        this.kid = this.publicKey == null ? null : Jwk.kid(this.publicKey);
        if (this.publicKey != null) {
            verifying.put(kid, this.publicKey);
        }
        for (String encoded : retired.orElse(List.of())) {
            ECPublicKey key = publicKey(encoded);
            verifying.putIfAbsent(Jwk.kid(key), key);
        }
    }

    private static ECPublicKey publicKey(String base64) {
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("A retired audit public key is unreadable (X.509, base64, EC P-256)", e);
        }
    }

    /** False when no key is configured: the sequencer then leaves the leaves waiting, and says so. */
    public boolean configured() {
        return privateKey != null;
    }

    public String kid() {
        return kid;
    }

    public TreeHead sign(long treeSize, byte[] rootHash, long timestamp) {
        if (!configured()) {
            throw new IllegalStateException("No audit signing key: set kelisim.audit.signing.private-key and .public-key");
        }
        try {
            // P1363 gives the raw R||S of JWS, so the JWKS key verifies it as ES256 does everywhere.
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(privateKey);
            signer.update(TreeHead.signedBytes(treeSize, rootHash, timestamp));
            return new TreeHead(treeSize, rootHash, timestamp, kid, signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the tree head", e);
        }
    }

    /** True when the head carries the id of this service's current or a retired key, and a valid signature by it. */
    public boolean verify(TreeHead head) {
        ECPublicKey key = verifying.get(head.keyId());
        if (key == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
            verifier.initVerify(key);
            verifier.update(TreeHead.signedBytes(head.treeSize(), head.rootHash(), head.timestamp()));
            return verifier.verify(head.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public List<Map<String, Object>> publicJwks() {
        return verifying.entrySet().stream().map(e -> Jwk.es256(e.getKey(), e.getValue())).toList();
    }
}
