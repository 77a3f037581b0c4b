package kz.kelisim.consent.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The per-line outcome of an NDJSON import, and the running totals.
 */
public final class ConsentImport {

    private long accepted;
    private long replayed;
    private long refused;

    public Map<String, Object> accepted(long line, Object consentId, boolean created) {
        if (created) {
            accepted++;
        } else {
            replayed++;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("line", line);
        out.put("result", created ? "ACCEPTED" : "REPLAYED");
        out.put("consentId", consentId);
        return out;
    }

    public Map<String, Object> refused(long line, Object problem) {
        refused++;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("line", line);
        out.put("result", "REFUSED");
        out.put("problem", problem);
        return out;
    }

    public Map<String, Object> summary() {
        return Map.of("summary", Map.of("accepted", accepted, "replayed", replayed, "refused", refused));
    }
}
