package kz.kelisim.objection;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.objection.AppealDecided;
import kz.kelisim.contracts.objection.ObjectionAppealed;
import kz.kelisim.kit.domain.Rejection;

/**
 * A subject's appeal of an operator's answer to an objection, or of its silence, to the regulator
 * (PDL-19-1.3); the regulator records an outcome the subject can read.
 */
@Entity
@Table(name = "appeal")
public class Appeal {

    @Id
    private UUID id;
    @Column(name = "objection_id")
    private UUID objectionId;
    @Column(name = "operator_id")
    private String operatorId;
    @Column(name = "subject_ref")
    private String subjectRef;
    private String grounds;
    @Column(name = "appealed_at")
    private Instant appealedAt;
    @Enumerated(EnumType.STRING)
    private AppealStatus status;
    @Enumerated(EnumType.STRING)
    private AppealOutcome outcome;
    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "explanation_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "explanation_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "explanation_en"))
    private LocalizedText explanation;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    protected Appeal() {
    }

    static Appeal lodge(Objection objection, String grounds, Instant now) {
        Appeal a = new Appeal();
        a.id = UUID.randomUUID();
        a.objectionId = objection.id();
        a.operatorId = objection.operatorId();
        a.subjectRef = objection.subjectRef();
        a.grounds = grounds;
        a.appealedAt = now;
        a.status = AppealStatus.PENDING;
        return a;
    }

    /** An appeal and the event of its lodging. */
    public record Lodged(Appeal appeal, ObjectionAppealed event) {
    }

    /** The regulator's outcome, explained in Kazakh and Russian; returns the event that tells the subject. */
    public AppealDecided decide(AppealOutcome decided, LocalizedText why, String by, Instant now) {
        if (status != AppealStatus.PENDING) {
            throw Rejection.conflict("appeal-already-decided", "The appeal was already decided",
                    "Appeal " + id + " was decided at " + decidedAt);
        }
        List<String> missing = LocalizedText.missingRequired("explanation", why);
        if (!missing.isEmpty()) {
            throw Rejection.invalid(String.join(", ", missing) + " required: the subject reads the outcome",
                    missing.stream().map(f -> new Rejection.Field(f, "is required")).toList());
        }
        status = AppealStatus.DECIDED;
        outcome = decided;
        explanation = why;
        decidedBy = by;
        decidedAt = now;
        return new AppealDecided(UUID.randomUUID(), now, subjectRef, id, objectionId, operatorId, outcome.name(),
                why.kk(), why.ru(), why.en(), now);
    }

    public UUID id() {
        return id;
    }

    public UUID objectionId() {
        return objectionId;
    }

    public String operatorId() {
        return operatorId;
    }

    public String grounds() {
        return grounds;
    }

    public Instant appealedAt() {
        return appealedAt;
    }

    public AppealStatus status() {
        return status;
    }

    public AppealOutcome outcome() {
        return outcome;
    }

    public LocalizedText explanation() {
        return explanation;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
