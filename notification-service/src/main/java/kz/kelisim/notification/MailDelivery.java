package kz.kelisim.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The e-mail of one notice: at most one per notice (so one per event), retried with backoff until
 * the SMTP server accepts it or the attempts run out.
 */
@Entity
@Table(name = "mail_delivery")
public class MailDelivery {

    @Id
    private UUID id;
    @Column(name = "notice_id")
    private UUID noticeId;
    @Column(name = "subject_ref")
    private String subjectRef;
    private String recipient;
    private String language;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected MailDelivery() {
    }

    public MailDelivery(Notice notice, String recipient, String language, Instant at) {
        this.id = UUID.randomUUID();
        this.noticeId = notice.id();
        this.subjectRef = notice.subjectRef();
        this.recipient = recipient;
        this.language = language;
        this.status = DeliveryStatus.PENDING;
        this.createdAt = at;
        this.nextAttemptAt = at;
    }

    /** The SMTP server accepted the message. */
    public DeliveryAttempt sent(Instant at) {
        attempts++;
        status = DeliveryStatus.DELIVERED;
        sentAt = at;
        nextAttemptAt = null;
        lastError = null;
        return new DeliveryAttempt(DeliveryAttempt.Channel.MAIL, id, attempts, at, "DELIVERED", null);
    }

    /** The attempt failed: wait for the next one, or give up after the last. */
    public DeliveryAttempt failed(Instant at, String error, RetryPolicy policy, RandomGenerator random) {
        attempts++;
        lastError = error;
        nextAttemptAt = policy.nextAttempt(attempts, at, random).orElse(null);
        status = nextAttemptAt == null ? DeliveryStatus.DEAD : DeliveryStatus.PENDING;
        return new DeliveryAttempt(DeliveryAttempt.Channel.MAIL, id, attempts, at, "FAILED", error);
    }

    public UUID id() {
        return id;
    }

    public UUID noticeId() {
        return noticeId;
    }

    public String recipient() {
        return recipient;
    }

    public String language() {
        return language;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
