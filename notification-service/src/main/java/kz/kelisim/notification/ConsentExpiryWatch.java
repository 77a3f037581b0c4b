package kz.kelisim.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A consent with a term (PDL-8.5), watched so the subject is told once before it ends.
 */
@Entity
@Table(name = "consent_expiry_watch")
public class ConsentExpiryWatch {

    @Id
    @Column(name = "consent_id")
    private UUID consentId;
    @Column(name = "subject_ref")
    private String subjectRef;
    @Column(name = "operator_id")
    private String operatorId;
    private String purpose;
    @Column(name = "valid_until")
    private Instant validUntil;
    @Column(name = "notify_at")
    private Instant notifyAt;
    @Column(name = "notified_at")
    private Instant notifiedAt;

    protected ConsentExpiryWatch() {
    }

    public ConsentExpiryWatch(UUID consentId, String subjectRef, String operatorId, String purpose, Instant validUntil,
                              Instant notifyAt) {
        this.consentId = consentId;
        this.subjectRef = subjectRef;
        this.operatorId = operatorId;
        this.purpose = purpose;
        this.validUntil = validUntil;
        this.notifyAt = notifyAt;
    }

    public void notified(Instant at) {
        notifiedAt = at;
    }

    public UUID consentId() {
        return consentId;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public String operatorId() {
        return operatorId;
    }

    public String purpose() {
        return purpose;
    }

    public Instant validUntil() {
        return validUntil;
    }
}
