package kz.kelisim.objection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * This service's copy of one consent, built from consent-events, so that the PDL-19-1.1 check
 * needs no call to consent-service. It knows the subject only by pseudonym.
 */
@Entity
@Table(name = "consent_projection")
public class ProjectedConsent {

    @Id
    @Column(name = "consent_id")
    private UUID consentId;
    @Column(name = "subject_ref")
    private String subjectRef;
    @Column(name = "operator_id")
    private String operatorId;
    @Column(name = "purpose_code")
    private String purposeCode;
    @Column(name = "granted_at")
    private Instant grantedAt;
    @Column(name = "valid_until")
    private Instant validUntil;
    @Column(name = "automated_processing")
    private boolean automatedProcessing;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "end_reason")
    private String endReason;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "applied_at")
    private Instant appliedAt;

    protected ProjectedConsent() {
    }

    public ProjectedConsent(UUID consentId, String subjectRef, String operatorId, String purposeCode) {
        this.consentId = consentId;
        this.subjectRef = subjectRef;
        this.operatorId = operatorId;
        this.purposeCode = purposeCode;
    }

    /** The consent was granted; a grant seen after its end (out of order) does not revive it. */
    public void granted(Instant at, Instant validUntil, boolean automatedProcessing, Instant occurredAt, Instant appliedAt) {
        this.grantedAt = at;
        this.validUntil = validUntil;
        this.automatedProcessing = automatedProcessing;
        touched(occurredAt, appliedAt);
    }

    /** The consent was revoked (PDL-8.7), expired or its purpose achieved (PDL-8.5, PDL-8.6). */
    public void ended(Instant at, String reason, Instant occurredAt, Instant appliedAt) {
        if (endedAt == null || at.isBefore(endedAt)) {
            endedAt = at;
            endReason = reason;
        }
        touched(occurredAt, appliedAt);
    }

    /** True when the subject's consent covered this moment: granted, not yet past its term, not ended. */
    public boolean validAt(Instant at) {
        return grantedAt != null && !at.isBefore(grantedAt)
                && (validUntil == null || at.isBefore(validUntil))
                && (endedAt == null || at.isBefore(endedAt));
    }

    private void touched(Instant occurredAt, Instant appliedAt) {
        this.occurredAt = occurredAt;
        this.appliedAt = appliedAt;
    }

    /** The purpose consented to declares automated processing (PDL-19-1.1). */
    public boolean automatedProcessing() {
        return automatedProcessing;
    }

    public UUID consentId() {
        return consentId;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
