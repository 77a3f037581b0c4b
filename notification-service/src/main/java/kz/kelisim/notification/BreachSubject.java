package kz.kelisim.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One affected subject of an incident: the data to notify them, encrypted at rest (AES-GCM), the
 * pseudonym when an IIN was given, and the notice they were sent (INF-7-2.10-1).
 */
@Entity
@Table(name = "breach_subject")
public class BreachSubject {

    @Id
    private UUID id;
    @Column(name = "incident_id")
    private UUID incidentId;
    private int seq;
    @Column(name = "subject_ref")
    private String subjectRef;
    @Column(name = "data_enc")
    private byte[] dataEnc;
    @Column(name = "notice_id")
    private UUID noticeId;
    @Column(name = "added_at")
    private Instant addedAt;

    protected BreachSubject() {
    }

    public BreachSubject(UUID incidentId, int seq, String subjectRef, byte[] dataEnc, Instant addedAt) {
        this.id = UUID.randomUUID();
        this.incidentId = incidentId;
        this.seq = seq;
        this.subjectRef = subjectRef;
        this.dataEnc = dataEnc;
        this.addedAt = addedAt;
    }

    public void notified(UUID noticeId) {
        this.noticeId = noticeId;
    }

    public UUID id() {
        return id;
    }

    public UUID incidentId() {
        return incidentId;
    }

    public int seq() {
        return seq;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public byte[] dataEnc() {
        return dataEnc;
    }

    public UUID noticeId() {
        return noticeId;
    }
}
