package kz.kelisim.notification.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.notification.AffectedSubject;
import kz.kelisim.notification.BreachIncident;

/**
 * What the breach API reads and writes (BRN-1).
 */
public final class BreachViews {

    private BreachViews() {
    }

    /**
     * A breach report: what BRN-1 asks for. Large subject lists go as NDJSON to
     * {@code POST /api/v1/breaches/{id}/subjects}.
     */
    public record Report(
            @NotNull Instant detectedAt,
            @NotBlank @Size(max = 10000) String description,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> dataCategories,
            @NotBlank @Size(max = 10000) String measures,
            @Valid Responsible responsible,
            @Size(max = 10000) List<AffectedSubject> subjects) {
    }

    /** The person responsible for organising personal-data processing, if there is one (BRN-1). */
    public record Responsible(@Size(max = 300) String name, @Size(max = 50) String phone,
                              @Email @Size(max = 254) String email) {
    }

    /** An incident as the operator and the regulator read it. */
    public record Incident(UUID id, String operatorId, Instant detectedAt, Instant reportedAt, Instant dueAt,
                           String reportState, boolean late, String description, List<String> dataCategories,
                           String measures, Responsible responsible, int affectedSubjects) {
        static Incident of(BreachIncident b, int affected) {
            return new Incident(b.id(), b.operatorId(), b.detectedAt(), b.reportedAt(), b.dueAt(), b.reportState(),
                    b.late(), b.description(), b.dataCategories(), b.measures(),
                    new Responsible(b.contactName(), b.contactPhone(), b.contactEmail()), affected);
        }
    }
}
