package kz.kelisim.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A notice in a subject's inbox, made from one event; its text is rendered in the reader's language.
 */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    private UUID id;
    @Column(name = "subject_ref")
    private String subjectRef;
    @Column(name = "event_id")
    private UUID eventId;
    @Enumerated(EnumType.STRING)
    private NoticeKind kind;
    /** The values the message templates need, as a JSON object. */
    private String params;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    public Notice(String subjectRef, UUID eventId, NoticeKind kind, String params, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.subjectRef = subjectRef;
        this.eventId = eventId;
        this.kind = kind;
        this.params = params;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public UUID id() {
        return id;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public UUID eventId() {
        return eventId;
    }

    public NoticeKind kind() {
        return kind;
    }

    public String params() {
        return params;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
