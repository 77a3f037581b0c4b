package kz.kelisim.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import kz.kelisim.contracts.consent.ConsentGranted;

/**
 * A subject's consent to one operator's purpose.
 */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    private UUID id;
    @Column(name = "operator_id")
    private String operatorId;
    @Column(name = "subject_iin")
    private String subjectIin;
    @Column(name = "subject_ref")
    private String subjectRef;
    @Column(name = "purpose_code")
    private String purposeCode;
    @Column(name = "granted_at")
    private Instant grantedAt;
    @Column(name = "valid_until")
    private Instant validUntil;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "request_fingerprint")
    private String requestFingerprint;

    protected Consent() {
    }

    private Consent(UUID id, String operatorId, String subjectIin, String subjectRef, String purposeCode,
                    Instant grantedAt, Instant validUntil, String idempotencyKey, String requestFingerprint) {
        this.id = id;
        this.operatorId = operatorId;
        this.subjectIin = subjectIin;
        this.subjectRef = subjectRef;
        this.purposeCode = purposeCode;
        this.grantedAt = grantedAt;
        this.validUntil = validUntil;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
    }

    /** Records a consent and returns it with the event that announces it. */
    public static Granted grant(GrantConsent command, String subjectRef, Instant now) {
        Consent consent = new Consent(UUID.randomUUID(), command.operatorId(), command.subjectIin(), subjectRef,
                command.purposeCode(), now, command.validUntil(), command.idempotencyKey(), command.fingerprint());
        ConsentGranted event = new ConsentGranted(UUID.randomUUID(), now, subjectRef, consent.id,
                consent.operatorId, consent.purposeCode, consent.validUntil);
        return new Granted(consent, event);
    }

    /** A consent and the event of its grant. */
    public record Granted(Consent consent, ConsentGranted event) {
    }

    /**
     * The status at an instant. A consent with a term is EXPIRED from {@code validUntil} on, even
     * before any scheduler has run; without a term it lasts until its purpose is achieved (PDL-8.6).
     */
    public ConsentStatus statusAt(Instant now) {
        return validUntil != null && !now.isBefore(validUntil) ? ConsentStatus.EXPIRED : ConsentStatus.ACTIVE;
    }

    public boolean sameRequestAs(GrantConsent command) {
        return requestFingerprint.equals(command.fingerprint());
    }

    public UUID id() {
        return id;
    }

    public String operatorId() {
        return operatorId;
    }

    public String subjectIin() {
        return subjectIin;
    }

    public String purposeCode() {
        return purposeCode;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant validUntil() {
        return validUntil;
    }
}
