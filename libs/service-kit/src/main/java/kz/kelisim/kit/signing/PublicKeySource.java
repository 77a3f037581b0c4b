package kz.kelisim.kit.signing;

import java.util.List;
import java.util.Map;

/** A bean whose public keys the service publishes in its one JWK Set, {@code /.well-known/jwks.json}. */
public interface PublicKeySource {

    /** The keys as JWKs (RFC 7517), each with its {@code kid}. */
    List<Map<String, Object>> publicJwks();
}
