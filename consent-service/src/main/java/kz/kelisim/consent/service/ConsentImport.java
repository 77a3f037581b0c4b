package kz.kelisim.consent.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The per-line outcomes of an NDJSON import, and the running totals of the lines reported so far.
 */
public final class ConsentImport {

    private long accepted;
    private long replayed;
    private long refused;

    public static Map<String, Object> accepted(long line, Object consentId, boolean created) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("line", line);
        out.put("result", created ? "ACCEPTED" : "REPLAYED");
        out.put("consentId", consentId);
        return out;
    }

    public static Map<String, Object> refused(long line, Object problem) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("line", line);
        out.put("result", "REFUSED");
        out.put("problem", problem);
        return out;
    }

    /** Counts a line's outcome once it is committed and about to be reported. */
    public void count(Map<String, Object> outcome) {
        switch ((String) outcome.get("result")) {
            case "ACCEPTED" -> accepted++;
            case "REPLAYED" -> replayed++;
            default -> refused++;
        }
    }

    public Map<String, Object> summary() {
        return Map.of("summary", Map.of("accepted", accepted, "replayed", replayed, "refused", refused));
    }
}
