package kz.kelisim.portal.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The calling operator's breach reports on notification-service (BRN-1), with the staff member's token.
 */
@RegisterRestClient(configKey = "notification")
@RegisterProvider(UserToken.class)
@Path("/api/v1/breaches")
public interface BreachApi {

    @GET
    List<OwnIncident> mine();

    @POST
    OwnIncident report(@HeaderParam("Idempotency-Key") String idempotencyKey, Report report);

    /** What BRN-1 asks for: when it was detected, what it touched, the measures taken and whom to contact. */
    record Report(Instant detectedAt, String description, List<String> dataCategories, String measures,
                  Responsible responsible) {
    }

    /** The person responsible for organising personal-data processing, if there is one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Responsible(String name, String phone, String email) {
    }

    /** One of the operator's own reports, with how it stands against its 1-working-day deadline. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OwnIncident(UUID id, Instant detectedAt, Instant reportedAt, Instant dueAt, String reportState, boolean late,
                       String description, List<String> dataCategories, String measures, int affectedSubjects) {

        public String reportKey() {
            return late ? "report_late" : "report_in_time";
        }
    }
}
