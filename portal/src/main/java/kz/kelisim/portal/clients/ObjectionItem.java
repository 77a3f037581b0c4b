package kz.kelisim.portal.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/**
 * An objection, reviewed within 3 working days (PDL-19-1.3), with its result and any appeal.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ObjectionItem(UUID id, String operatorId, String activityCode, UUID decisionId, String remedy,
                            String reason, Instant receivedAt, Instant dueAt, int workingDaysLeft, String reviewState,
                            String status, Instant resolvedAt, String reviewedBy, Localized result, Appeal appeal) {

    /** The appeal to the regulator, when there is one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Appeal(UUID id, String grounds, Instant appealedAt, String status, String outcome,
                         Localized explanation) {

        public String statusKey() {
            return "appeal_" + (outcome != null ? outcome : status);
        }
    }

    public String statusKey() {
        return "objection_" + status;
    }

    public String remedyKey() {
        return "remedy_" + remedy;
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    /** An appeal is possible once the operator answered, or once its review deadline was missed. */
    public boolean appealable() {
        return appeal == null && (!open() || "BREACHED".equals(reviewState));
    }
}
