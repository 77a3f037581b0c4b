package kz.kelisim.consent.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Map;
import kz.kelisim.consent.service.SigningKeys;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Publishes the public keys that verify consent receipts; no login needed.
 */
@Path("/.well-known/jwks.json")
public class JwksResource {

    private final SigningKeys keys;

    public JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces({"application/jwk-set+json", "application/json"})
    @Operation(summary = "The JWK Set (ES256) that verifies every consent receipt's JWS")
    public Map<String, Object> jwks() {
        return keys.jwks();
    }
}
