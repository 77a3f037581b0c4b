package kz.kelisim.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.contracts.consent.ConsentEnded;
import kz.kelisim.contracts.consent.ConsentGranted;
import kz.kelisim.contracts.consent.ConsentRevoked;
import kz.kelisim.contracts.deadline.ReceiptChannel;
import kz.kelisim.kit.domain.Rejection;

/**
 * A subject's consent to one version of an operator's purpose; it decides its own transitions and
 * returns the events they cause.
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
    @Column(name = "purpose_id")
    private UUID purposeId;
    @Column(name = "purpose_version")
    private Integer purposeVersion;
    @Column(name = "granted_at")
    private Instant grantedAt;
    @Column(name = "valid_until")
    private Instant validUntil;
    @Enumerated(EnumType.STRING)
    private ConsentStatus status;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "term_basis")
    private String termBasis;
    @Column(name = "term_capped")
    private boolean termCapped;
    @Column(name = "representative_iin")
    private String representativeIin;
    private String representative;
    private String evidence;
    @Column(name = "revoked_by_representative")
    private boolean revokedByRepresentative;
    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_channel")
    private ReceiptChannel revocationChannel;
    @Column(name = "revocation_evidence")
    private String revocationEvidence;
    @Column(name = "expiry_announced_at")
    private Instant expiryAnnouncedAt;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "request_fingerprint")
    private String requestFingerprint;

    protected Consent() {
    }

    /**
     * Records a consent under a purpose version. Every path that creates a consent (grant, import)
     * comes here, so the term rules hold on all of them.
     * <ul>
     * <li>PDL-8.5: under a purpose with a maximum, a term beyond it needs a law or contract basis
     * ({@code termBasis}), and a consent given without a term is capped at the maximum.</li>
     * <li>PDL-8.5, PDL-8.6: under a purpose that lasts until it is achieved, a consent without a term lasts
     * until then, and a fixed {@code validUntil} needs the law or contract that sets it.</li>
     * </ul>
     */
    public static Granted grant(GrantConsent command, Purpose purpose, String subjectRef, Instant now) {
        Instant validUntil = command.validUntil();
        boolean capped = false;
        Period max = purpose.definition().maxValidityPeriod();
        if (max != null && (command.termBasis() == null || validUntil == null)) {
            // PDL-8.5: a law or contract may set a longer term, but only a term it names; a basis without a
            // validUntil sets none, so the consent is capped like any other.
            Instant latest = now.atZone(KazakhTime.ZONE).plus(max).toInstant();
            if (validUntil != null && validUntil.isAfter(latest)) {
                throw Rejection.rule("pdl-8-5-term-exceeds-purpose", "Term longer than the purpose needs (PDL-8.5)",
                        "Purpose '" + purpose.code() + "' allows at most " + max + " (validUntil no later than " + latest
                                + ") unless a law or contract basis is given in termBasis");
            }
            capped = validUntil == null;
            validUntil = capped ? latest : validUntil;
        } else if (command.termBasis() == null && validUntil != null) {
            throw Rejection.rule("pdl-8-5-term-without-basis", "Fixed term without a basis (PDL-8.5)",
                    "Purpose '" + purpose.code() + "' lasts until it is achieved (PDL-8.6), so a consent under it has no "
                            + "fixed term of its own: leave validUntil out, or give in termBasis the law or contract that sets it");
        }
        Consent c = new Consent();
        c.id = UUID.randomUUID();
        c.operatorId = command.operatorId();
        c.subjectIin = command.subjectIin();
        c.subjectRef = subjectRef;
        c.purposeCode = purpose.code();
        c.purposeId = purpose.id();
        c.purposeVersion = purpose.version();
        c.grantedAt = now;
        c.validUntil = validUntil;
        c.termCapped = capped;
        c.status = ConsentStatus.ACTIVE;
        c.termBasis = JsonColumn.write(command.termBasis());
        c.representativeIin = command.representative() == null ? null : command.representative().iin();
        c.representative = JsonColumn.write(command.representative());
        c.evidence = JsonColumn.write(command.evidence());
        c.idempotencyKey = command.idempotencyKey();
        c.requestFingerprint = command.fingerprint();
        ConsentGranted event = new ConsentGranted(UUID.randomUUID(), now, subjectRef, c.id, c.operatorId,
                c.purposeCode, c.validUntil, purpose.definition().automated());
        return new Granted(c, event);
    }

    /** A consent and the event of its grant. */
    public record Granted(Consent consent, ConsentGranted event) {
    }

    /**
     * The status at an instant. A consent with a term is EXPIRED from {@code validUntil} on, even
     * before any scheduler has run; without a term it lasts until its purpose is achieved (PDL-8.6).
     */
    public ConsentStatus statusAt(Instant now) {
        if (status != null && status != ConsentStatus.ACTIVE) {
            return status;
        }
        return validUntil != null && !now.isBefore(validUntil) ? ConsentStatus.EXPIRED : ConsentStatus.ACTIVE;
    }

    /** Whether this caller may revoke: the subject, or the legal representative who acts for them (PDL-8.7). */
    public boolean revocableBy(String iin) {
        return subjectIin.equals(iin) || iin.equals(representativeIin);
    }

    /**
     * PDL-8.7: revocation received at {@code at} obliges the operator and every third-party recipient
     * to stop processing; one obligation per party, whose deadlines the caller opens.
     */
    public List<StopObligation> revoke(String byIin, Instant at, List<String> recipients) {
        return revoke(byIin, at, recipients, ReceiptChannel.SELF_SERVICE, null);
    }

    /**
     * PDL-8.7: a revocation the operator received through {@code channel} at {@code at}, the real moment of
     * receipt, from which every party's 15 working days run, however late it is entered.
     */
    public List<StopObligation> revoke(String byIin, Instant at, List<String> recipients, ReceiptChannel channel,
                                       String evidence) {
        if (byIin == null || !revocableBy(byIin)) {
            throw Rejection.rule("pdl-8-7-not-subject-or-representative", "Not the subject or their legal representative (PDL-8.7)",
                    "Consent " + id + " can be revoked by its subject or the legal representative recorded on it; "
                            + "revokedBy names neither");
        }
        if (at.isBefore(grantedAt)) {
            throw Rejection.invalid("receivedAt", "must not be before the consent was granted (" + grantedAt + ")");
        }
        requireActive(at, "revoked");
        status = ConsentStatus.REVOKED;
        endedAt = at;
        revocationChannel = channel;
        revocationEvidence = evidence;
        revokedByRepresentative = !subjectIin.equals(byIin);
        Set<String> parties = new LinkedHashSet<>();
        parties.add(operatorId);
        parties.addAll(recipients);
        List<StopObligation> obligations = new ArrayList<>();
        for (String party : parties) {
            obligations.add(StopObligation.owe(this, party, !party.equals(operatorId), at));
        }
        return obligations;
    }

    /** The event announcing the revocation, with each party's obligation and due moment. */
    public ConsentRevoked revoked(List<StopObligation> obligations) {
        return new ConsentRevoked(UUID.randomUUID(), endedAt, subjectRef, id, operatorId, purposeCode, endedAt,
                revokedByRepresentative, obligations.stream().map(StopObligation::asEventPart).toList());
    }

    /** PDL-8.6: the operator declares the purpose achieved, which ends the consent. */
    public ConsentEnded achievePurpose(Instant at) {
        requireActive(at, "ended");
        status = ConsentStatus.PURPOSE_ACHIEVED;
        endedAt = at;
        return new ConsentEnded(UUID.randomUUID(), at, subjectRef, id, operatorId, purposeCode,
                ConsentEnded.Reason.PURPOSE_ACHIEVED);
    }

    /** Announces once that the term passed; the status already said EXPIRED from validUntil on. */
    public ConsentEnded announceExpiry(Instant at) {
        expiryAnnouncedAt = at;
        return new ConsentEnded(UUID.randomUUID(), at, subjectRef, id, operatorId, purposeCode, ConsentEnded.Reason.EXPIRED);
    }

    private void requireActive(Instant at, String verb) {
        ConsentStatus now = statusAt(at);
        if (now != ConsentStatus.ACTIVE) {
            throw Rejection.conflict("consent-not-active", "Consent is not active",
                    "Consent " + id + " is " + now + " and cannot be " + verb);
        }
    }

    public boolean sameRequestAs(GrantConsent command) {
        return requestFingerprint.equals(command.fingerprint());
    }

    public UUID id() {
        return id;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String operatorId() {
        return operatorId;
    }

    public String subjectIin() {
        return subjectIin;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public String purposeCode() {
        return purposeCode;
    }

    public UUID purposeId() {
        return purposeId;
    }

    public Integer purposeVersion() {
        return purposeVersion;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public Instant endedAt() {
        return endedAt;
    }

    /** PDL-8.5: given without a term, the consent is valid until the longest the purpose allows. */
    public boolean termCapped() {
        return termCapped;
    }

    public TermBasis termBasis() {
        return JsonColumn.read(termBasis, TermBasis.class);
    }

    public Representative representative() {
        return JsonColumn.read(representative, Representative.class);
    }

    public Evidence evidence() {
        return JsonColumn.read(evidence, Evidence.class);
    }

    public boolean revokedByRepresentative() {
        return revokedByRepresentative;
    }

    /** How the revocation reached the operator; null while the consent is not revoked. */
    public ReceiptChannel revocationChannel() {
        return revocationChannel;
    }

    public String revocationEvidence() {
        return revocationEvidence;
    }

    /** When the expiry was announced, or null; the expiry scan picks only consents without it. Package-private, for tests. */
    Instant expiryAnnouncedAt() {
        return expiryAnnouncedAt;
    }
}
