package kz.kelisim.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How a subject wants to be told: an e-mail address (optional) and a language, kept by pseudonym.
 */
@Entity
@Table(name = "subject_contact")
public class SubjectContact {

    /** Who set the contact: the subject, or the e-mail claim of the subject's first token. */
    public enum Source { SUBJECT, IDENTITY_PROVIDER }

    @Id
    @Column(name = "subject_ref")
    private String subjectRef;
    private String email;
    private String language;
    private String source;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SubjectContact() {
    }

    public SubjectContact(String subjectRef, String email, String language, Source source, Instant at) {
        this.subjectRef = subjectRef;
        update(email, language, source, at);
    }

    public void update(String email, String language, Source source, Instant at) {
        this.email = email;
        this.language = language;
        this.source = source.name();
        this.updatedAt = at;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public String email() {
        return email;
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public String language() {
        return language;
    }

    public String source() {
        return source;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
