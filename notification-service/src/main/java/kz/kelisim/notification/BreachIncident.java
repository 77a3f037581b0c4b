package kz.kelisim.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.notification.BreachReported;
import kz.kelisim.kit.deadline.DeadlineState;

/**
 * A personal-data security breach an operator reported to the authorised body (BRN-1): when it was
 * detected, what it touched, the measures taken and whom to contact. The report is due one working
 * day after detection; a later report is recorded as MET_LATE.
 */
@Entity
@Table(name = "breach_incident")
public class BreachIncident {

    @Id
    private UUID id;
    @Column(name = "operator_id")
    private String operatorId;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "request_hash")
    private String requestHash;
    @Column(name = "detected_at")
    private Instant detectedAt;
    @Column(name = "reported_at")
    private Instant reportedAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "report_state")
    private String reportState;
    private String description;
    @Column(name = "data_categories")
    private String dataCategories;
    private String measures;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_email")
    private String contactEmail;

    protected BreachIncident() {
    }

    /** What the operator reports; the contact is optional (BRN-1: "if any"). */
    public record Facts(Instant detectedAt, String description, List<String> dataCategories, String measures,
                        String contactName, String contactPhone, String contactEmail) {
    }

    public static BreachIncident file(String operatorId, String idempotencyKey, String requestHash, Facts facts,
                                      Instant reportedAt) {
        BreachIncident b = new BreachIncident();
        b.id = UUID.randomUUID();
        b.operatorId = operatorId;
        b.idempotencyKey = idempotencyKey;
        b.requestHash = requestHash;
        b.detectedAt = facts.detectedAt();
        b.reportedAt = reportedAt;
        b.description = facts.description();
        b.dataCategories = String.join("\n", facts.dataCategories());
        b.measures = facts.measures();
        b.contactName = facts.contactName();
        b.contactPhone = facts.contactPhone();
        b.contactEmail = facts.contactEmail();
        return b;
    }

    /** Records how the report stands against its BRN-1 deadline. */
    public void answeredDeadline(Instant dueAt, DeadlineState state) {
        this.dueAt = dueAt;
        this.reportState = state.name();
    }

    public boolean late() {
        return DeadlineState.MET_LATE.name().equals(reportState);
    }

    /** The event telling the other services and the regulator; it carries no subject's data. */
    public BreachReported reported(UUID eventId, int affectedSubjects) {
        return new BreachReported(eventId, reportedAt, operatorId, id, operatorId, detectedAt, reportedAt, dueAt,
                reportState, dataCategories(), measures, affectedSubjects);
    }

    public UUID id() {
        return id;
    }

    public String operatorId() {
        return operatorId;
    }

    public String requestHash() {
        return requestHash;
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String reportState() {
        return reportState;
    }

    public String description() {
        return description;
    }

    public List<String> dataCategories() {
        return Arrays.stream(dataCategories.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    public String measures() {
        return measures;
    }

    public String contactName() {
        return contactName;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactEmail() {
        return contactEmail;
    }
}
