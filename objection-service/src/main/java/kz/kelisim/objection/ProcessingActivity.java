package kz.kelisim.objection;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.objection.ActivityPublished;
import kz.kelisim.kit.domain.Rejection;

/**
 * One version of an operator's automated processing of personal data (PDL-1.2-3, INF-36.6) with
 * the explanation subjects are owed (PDL-19-1.2): how it works, its possible consequences, its
 * lawful basis (PDL-19-1.1), when an AI system takes part its possible risks and its conditions of
 * safe use (CPL-27.6), and how to object and protect one's rights.
 */
@Entity
@Table(name = "processing_activity")
public class ProcessingActivity {

    @Id
    private UUID id;
    @Column(name = "operator_id")
    private String operatorId;
    private String code;
    private int version;
    private String name;
    @Enumerated(EnumType.STRING)
    private ActivityStatus status;
    @Column(name = "legal_effect")
    private boolean legalEffect;
    @Embedded
    private LegalBasis basis;
    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "procedure_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "procedure_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "procedure_en"))
    private LocalizedText procedure;
    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "consequences_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "consequences_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "consequences_en"))
    private LocalizedText consequences;
    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "how_to_object_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "how_to_object_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "how_to_object_en"))
    private LocalizedText howToObject;
    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "how_to_protect_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "how_to_protect_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "how_to_protect_en"))
    private LocalizedText howToProtectRights;
    @Column(name = "ai_system_used")
    private boolean aiSystemUsed;
    /** CPL-27.6, first element: the possible risks when an AI system takes part. */
    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "ai_risks_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "ai_risks_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "ai_risks_en"))
    private LocalizedText aiRisks;
    /** CPL-27.6, second element: the conditions of safe use when an AI system takes part. */
    @Embedded
    @AttributeOverride(name = "kk", column = @Column(name = "ai_safe_use_kk"))
    @AttributeOverride(name = "ru", column = @Column(name = "ai_safe_use_ru"))
    @AttributeOverride(name = "en", column = @Column(name = "ai_safe_use_en"))
    private LocalizedText aiSafeUse;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "request_fingerprint")
    private String requestFingerprint;

    protected ProcessingActivity() {
    }

    /** Writes version {@code version} of an activity as a DRAFT. */
    public static ProcessingActivity draft(ActivityDraft d, int version, Instant now) {
        ProcessingActivity a = new ProcessingActivity();
        a.id = UUID.randomUUID();
        a.operatorId = d.operatorId();
        a.code = d.code();
        a.version = version;
        a.name = d.name();
        a.status = ActivityStatus.DRAFT;
        a.legalEffect = d.legalEffect();
        a.basis = d.basis();
        a.procedure = d.procedure();
        a.consequences = d.consequences();
        a.howToObject = d.howToObject();
        a.howToProtectRights = d.howToProtectRights();
        a.aiSystemUsed = d.aiSystemUsed();
        a.aiRisks = d.aiRisks();
        a.aiSafeUse = d.aiSafeUse();
        a.createdAt = now;
        a.idempotencyKey = d.idempotencyKey();
        a.requestFingerprint = d.fingerprint();
        return a;
    }

    /**
     * The fields still missing before subjects may be shown this activity: every explanation in
     * Kazakh and Russian (PDL-19-1.2), and, when an AI system takes part, its possible risks and its
     * conditions of safe use as two separate texts, each in Kazakh and Russian (CPL-27.6).
     */
    public List<String> missingForPublication() {
        List<String> missing = new ArrayList<>();
        missing.addAll(LocalizedText.missingRequired("procedure", procedure));
        missing.addAll(LocalizedText.missingRequired("consequences", consequences));
        missing.addAll(LocalizedText.missingRequired("howToObject", howToObject));
        missing.addAll(LocalizedText.missingRequired("howToProtectRights", howToProtectRights));
        if (aiSystemUsed) {
            // CPL-27.6 names two things the consumer must be told: the possible risks, and the conditions of safe use.
            missing.addAll(LocalizedText.missingRequired("aiComponents.aiRisks", aiRisks));
            missing.addAll(LocalizedText.missingRequired("aiComponents.aiSafeUse", aiSafeUse));
        }
        return missing;
    }

    /**
     * Publishes this DRAFT and returns its event; the caller supersedes the version it replaces.
     * An incomplete explanation is refused with 422 naming each missing field.
     */
    public ActivityPublished publish(Instant now) {
        if (status != ActivityStatus.DRAFT) {
            throw Rejection.conflict("activity-not-draft", "Only a draft can be published",
                    "Activity " + id + " is " + status + "; write a new version with the same code to change it");
        }
        List<String> missing = missingForPublication();
        if (!missing.isEmpty()) {
            throw Rejection.rule("pdl-19-1-2-explanation-incomplete",
                    "The explanation owed to subjects is incomplete (PDL-19-1.2, CPL-27.6)",
                    "Subjects must be able to read it in Kazakh and Russian; missing: " + String.join(", ", missing),
                    missing.stream().map(f -> new Rejection.Field(f, "is required before publishing")).toList());
        }
        status = ActivityStatus.ACTIVE;
        publishedAt = now;
        return new ActivityPublished(UUID.randomUUID(), now, operatorId, id, operatorId, code, version, legalEffect,
                basis.kind().name(), basis.purposeCode(), aiSystemUsed);
    }

    /** A later version of the same code was published. */
    public void supersede() {
        status = ActivityStatus.SUPERSEDED;
    }

    public boolean sameRequestAs(ActivityDraft draft) {
        return requestFingerprint.equals(draft.fingerprint());
    }

    public UUID id() {
        return id;
    }

    public String operatorId() {
        return operatorId;
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public String name() {
        return name;
    }

    public ActivityStatus status() {
        return status;
    }

    public boolean legalEffect() {
        return legalEffect;
    }

    public LegalBasis basis() {
        return basis;
    }

    public LocalizedText procedure() {
        return procedure;
    }

    public LocalizedText consequences() {
        return consequences;
    }

    public LocalizedText howToObject() {
        return howToObject;
    }

    public LocalizedText howToProtectRights() {
        return howToProtectRights;
    }

    public boolean aiSystemUsed() {
        return aiSystemUsed;
    }

    public LocalizedText aiRisks() {
        return aiRisks;
    }

    public LocalizedText aiSafeUse() {
        return aiSafeUse;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
