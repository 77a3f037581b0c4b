package kz.kelisim.consent.rest;

import java.time.Instant;
import java.util.List;

/**
 * One consent for its subject: the consent, the purpose version they saw, its history and, after a
 * revocation, each party's obligation with its countdown.
 */
public record ConsentDetail(ConsentView consent, PurposeView purpose, List<HistoryEntry> history,
                            List<ObligationView> obligations) {

    /** One change in the consent's life, from the audit log. */
    public record HistoryEntry(Instant at, String action, String actor, String detail) {
    }
}
