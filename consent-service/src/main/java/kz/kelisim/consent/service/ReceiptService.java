package kz.kelisim.consent.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kelisim.kit.audit.AuditEntry;
import kz.kelisim.kit.directory.OperatorDirectory;
import kz.kelisim.consent.Consent;
import kz.kelisim.consent.Evidence;
import kz.kelisim.consent.JsonColumn;
import kz.kelisim.consent.Purpose;
import kz.kelisim.consent.PurposeDefinition;
import kz.kelisim.consent.TermBasis;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds a consent receipt with the fields of ISO/IEC TS 27560 and the Kantara Consent Receipt, and
 * signs it as a JWS that anyone can verify offline with {@code /.well-known/jwks.json}.
 */
@ApplicationScoped
public class ReceiptService {

    static final String SCHEMA = "kelisim-consent-receipt/1.0 (ISO/IEC TS 27560, Kantara CR 1.1)";

    private final ConsentService consents;
    private final SigningKeys keys;
    private final String publicUrl;
    private final OperatorDirectory directory;

    public ReceiptService(ConsentService consents, SigningKeys keys,
                          @ConfigProperty(name = "kelisim.consent.public-url", defaultValue = "http://127.0.0.1:8081") String publicUrl,
                          OperatorDirectory directory) {
        this.consents = consents;
        this.directory = directory;
        this.keys = keys;
        this.publicUrl = publicUrl;
    }

    /** The receipt as JSON and its compact JWS, whose payload is exactly that JSON. */
    public record Signed(Map<String, Object> receipt, String jws) {
    }

    public Signed receiptOf(Consent consent, Instant now) {
        Map<String, Object> receipt = build(consent, now);
        String jws = keys.sign(JsonColumn.write(receipt).getBytes(StandardCharsets.UTF_8), "application/json");
        return new Signed(receipt, jws);
    }

    private Map<String, Object> build(Consent c, Instant now) {
        Purpose purpose = consents.purposeOf(c);
        PurposeDefinition def = purpose == null ? null : purpose.definition();
        Evidence evidence = c.evidence();
        TermBasis term = c.termBasis();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("recordId", c.id());
        r.put("schemaVersion", SCHEMA);
        r.put("issuedAt", now);
        r.put("jurisdiction", "KZ");
        r.put("subject", Map.of("iin", c.subjectIin(), "pseudonym", c.subjectRef()));
        if (c.representative() != null) {
            r.put("representative", c.representative());
        }
        Map<String, Object> controller = new LinkedHashMap<>();
        controller.put("id", c.operatorId());
        controller.put("idType", "BIN");
        controller.put("contact", publicUrl + "/api/v1/me/consents/" + c.id());
        // A consent names its operator: the receipt names it as the directory does, in every language.
        controller.put("displayName", displayNames(c.operatorId()));
        directory.find(c.operatorId()).ifPresent(profile -> {
            controller.put("name", profile.name());
            controller.put("legalAddress", profile.legalAddress());
            controller.put("responsible", profile.responsible());
            controller.put("privacyNoticeUrl", profile.privacyNoticeUrl());
        });
        r.put("controller", controller);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", c.purposeCode());
        p.put("version", c.purposeVersion());
        if (def != null) {
            p.put("title", def.title());
            p.put("description", def.description());
            p.put("dataCategories", def.dataCategories());
            p.put("legalBasis", def.legalBasis());
            p.put("legalReference", def.legalReference());
            p.put("automated", def.automated());
            p.put("aiComponents", def.aiComponents());
            p.put("source", def.source());
            // PDL-17.3: the subject's receipt says the data go to the national AI platform and who depersonalises them.
            p.put("nationalAiPlatform", def.nationalAiPlatform());
        }
        r.put("purpose", p);
        List<String> recipients = def == null ? List.of() : def.recipients();
        r.put("recipients", recipients);
        r.put("recipientNames", recipients.stream()
                .map(id -> Map.of("id", id, "displayName", displayNames(id))).toList());
        Map<String, Object> validity = new LinkedHashMap<>();
        validity.put("grantedAt", c.grantedAt());
        validity.put("validUntil", c.validUntil());
        validity.put("untilPurposeAchieved", c.validUntil() == null);
        validity.put("longestThePurposeAllows", c.termCapped());
        validity.put("termBasis", term);
        validity.put("status", c.statusAt(now));
        r.put("validity", validity);
        r.put("withdrawal", Map.of("method", "POST " + publicUrl + "/api/v1/me/consents/" + c.id() + "/revocation",
                "law", "PDL-8.7: every party stops processing or refuses with reasons within 15 working days"));
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("channel", evidence == null ? null : evidence.channel());
        collection.put("method", evidence == null ? null : evidence.method());
        collection.put("noticeVersion", evidence == null ? null : evidence.noticeVersion());
        collection.put("collectedAt", evidence == null ? null : evidence.collectedAt());
        r.put("collection", collection);
        r.put("language", evidence == null ? null : evidence.language());
        r.put("events", consents.history(c.id()).stream().map(ReceiptService::event).toList());
        return r;
    }

    /** The organisation's name with its BIN in kk, ru and en, or "unregistered operator (BIN …)". */
    private Map<String, String> displayNames(String bin) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : List.of("kk", "ru", "en")) {
            names.put(language, directory.display(bin, language));
        }
        return names;
    }

    private static Map<String, Object> event(AuditEntry e) {
        return Map.of("at", e.at(), "action", e.action(), "detail", e.detail());
    }
}
