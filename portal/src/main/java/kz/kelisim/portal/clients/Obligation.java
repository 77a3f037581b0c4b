package kz.kelisim.portal.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One party's obligation to stop processing or refuse with reasons within 15 working days (PDL-8.7).
 *
 * @param citation for a refusal, the legislation it rests on as a reader cites it, in kk, ru and en
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Obligation(UUID id, UUID consentId, String partyId, boolean thirdParty, String operatorId,
                         String purposeCode, Instant receivedAt, Instant dueAt, LocalDate dueDate, int workingDaysLeft,
                         String status, String deadlineState, Instant answeredAt, String stopEvidence,
                         Localized citation, Localized reasons) {

    public String statusKey() {
        return "obligation_" + status;
    }

    /** MET, MET_LATE or BREACHED once the deadline is decided; OPEN otherwise. */
    public String deadlineKey() {
        return "deadline_" + (deadlineState == null ? "OPEN" : deadlineState);
    }

    public boolean open() {
        return "OPEN".equals(status);
    }
}
