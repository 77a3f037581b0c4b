package kz.kelisim.portal.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The regulator's reports on notification-service, with the inspector's own token.
 */
@RegisterRestClient(configKey = "notification")
@RegisterProvider(UserToken.class)
@Path("/api/v1/regulator")
public interface RegulatorApi {

    @GET
    @Path("sla-breaches")
    List<SlaBreach> slaBreaches(@QueryParam("operator") String operator, @QueryParam("kind") String kind,
                                @QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("breaches")
    List<Incident> incidents(@QueryParam("late") Boolean late);

    @GET
    @Path("reports/daily")
    @Produces("*/*")
    byte[] daily(@QueryParam("date") String date, @QueryParam("format") String format);

    @GET
    @Path("deadlines/weekly")
    List<Week> weekly(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("operator") String operator);

    @GET
    @Path("deadlines/due-soon")
    List<DueSoon> dueSoon(@QueryParam("days") int days, @QueryParam("operator") String operator);

    /** One operator's deadlines that fell due in one week (from its Monday), and how they ended. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Week(String operatorId, LocalDate weekStart, int due, int met, int metLate, int breached, int open) {
    }

    /** An unanswered deadline that falls due soon. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DueSoon(UUID aggregateId, String operatorId, String kind, Instant receivedAt, Instant dueAt) {

        public String kindKey() {
            return "kind_" + kind;
        }
    }

    /** A legal deadline an operator missed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SlaBreach(UUID id, String kind, String operatorId, Instant dueAt, Instant breachedAt) {

        public String kindKey() {
            return "kind_" + kind;
        }
    }

    /** A personal-data breach an operator reported (BRN-1). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Incident(UUID id, String operatorId, Instant detectedAt, Instant reportedAt, Instant dueAt, boolean late,
                    int affectedSubjects) {

        /** How many hours after its due moment the report came; 0 when in time. */
        public long hoursLate() {
            return late && reportedAt != null && dueAt != null
                    ? Math.max(0, java.time.Duration.between(dueAt, reportedAt).toHours()) : 0;
        }
    }
}
