package kz.kelisim.portal.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A consent receipt as consent-service signs it: the receipt itself and its compact JWS, which anyone
 * can verify offline against the service's published keys.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignedReceipt(JsonNode receipt, String jws) {

    public String recordId() {
        return receipt.path("recordId").asText();
    }

    public String operatorId() {
        return receipt.path("controller").path("id").asText();
    }

    public Localized purposeTitle() {
        JsonNode t = receipt.path("purpose").path("title");
        return new Localized(t.path("kk").asText(null), t.path("ru").asText(null), t.path("en").asText(null));
    }

    public Instant grantedAt() {
        return instant(receipt.path("validity").path("grantedAt"));
    }

    /** Null when the consent lasts until its purpose is achieved (PDL-8.6). */
    public Instant validUntil() {
        return instant(receipt.path("validity").path("validUntil"));
    }

    /** PDL-8.5: given without a term, the consent was capped at the longest its purpose allows. */
    public boolean termCapped() {
        return receipt.path("validity").path("longestThePurposeAllows").asBoolean(false);
    }

    public String status() {
        return receipt.path("validity").path("status").asText();
    }

    public Instant issuedAt() {
        return instant(receipt.path("issuedAt"));
    }

    /** The signature's algorithm and key id, read from the JWS header. */
    public String signatureAlgorithm() {
        return header().path("alg").asText("");
    }

    public String keyId() {
        return header().path("kid").asText("");
    }

    /** SHA-256 of the whole JWS, so a printed receipt can be matched to the signed one. */
    public String jwsSha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jws.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode header() {
        try {
            byte[] json = Base64.getUrlDecoder().decode(jws.substring(0, jws.indexOf('.')));
            return new ObjectMapper().readTree(json);
        } catch (RuntimeException | IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }
}
