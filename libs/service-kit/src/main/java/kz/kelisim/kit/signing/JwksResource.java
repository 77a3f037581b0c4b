package kz.kelisim.kit.signing;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Publishes every public key the service signs with (audit tree heads, and consent receipts in
 * consent-service), so anyone can verify its signatures offline; no login needed.
 */
@Path("/.well-known/jwks.json")
public class JwksResource {

    private final Instance<PublicKeySource> sources;

    public JwksResource(Instance<PublicKeySource> sources) {
        this.sources = sources;
    }

    @GET
    @Produces({"application/jwk-set+json", "application/json"})
    @Operation(summary = "The JWK Set (ES256) that verifies this service's signed audit tree heads and receipts")
    public Map<String, Object> jwks() {
        List<Map<String, Object>> keys = new ArrayList<>();
        for (PublicKeySource source : sources) {
            keys.addAll(source.publicJwks());
        }
        return Map.of("keys", keys);
    }
}
