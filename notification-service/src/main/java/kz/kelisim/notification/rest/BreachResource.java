package kz.kelisim.notification.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.kelisim.kit.idempotency.IdempotencyKey;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import kz.kelisim.notification.AffectedSubject;
import kz.kelisim.notification.BreachIncident;
import kz.kelisim.notification.service.BreachService;
import kz.kelisim.notification.service.SubjectStatuses;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An operator's breach reports (BRN-1): filing one, adding affected subjects as NDJSON, and
 * following how each subject was notified (INF-7-2.10-1). Another operator's incident is 404.
 */
@Path("/api/v1/breaches")
@RolesAllowed(Roles.OPERATOR)
public class BreachResource {

    static final int MAX_NDJSON_LINES = 100_000;

    private final BreachService service;
    private final SubjectStatuses statuses;
    private final Caller caller;
    private final ObjectMapper mapper;

    public BreachResource(BreachService service, SubjectStatuses statuses, Caller caller, ObjectMapper mapper) {
        this.service = service;
        this.statuses = statuses;
        this.caller = caller;
        this.mapper = mapper;
    }

    @POST
    @Operation(summary = "Report a breach: due 1 working day after detectedAt (BRN-1); a later report is recorded as late")
    public Response report(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                           @Valid @NotNull BreachViews.Report body) throws JsonProcessingException {
        IdempotencyKey.require(idempotencyKey);
        BreachViews.Responsible r = body.responsible();
        BreachIncident.Facts facts = new BreachIncident.Facts(body.detectedAt(), body.description(), body.dataCategories(),
                body.measures(), r == null ? null : r.name(), r == null ? null : r.phone(), r == null ? null : r.email());
        List<AffectedSubject> subjects = body.subjects() == null ? List.of() : body.subjects();
        BreachService.Filed filed = service.report(caller.operatorId(), idempotencyKey, mapper.writeValueAsBytes(body),
                facts, subjects);
        return IdempotencyKey.answer(!filed.replayed())
                .entity(BreachViews.Incident.of(filed.incident(), service.subjectCount(filed.incident().id()))).build();
    }

    @GET
    @Operation(summary = "The calling operator's breach reports, newest first")
    public List<BreachViews.Incident> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return service.search(caller.operatorId(), null, limit).stream()
                .map(b -> BreachViews.Incident.of(b, service.subjectCount(b.id()))).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the calling operator's breach reports")
    public BreachViews.Incident get(@PathParam("id") UUID id) {
        BreachIncident b = service.ownIncident(caller.operatorId(), id);
        return BreachViews.Incident.of(b, service.subjectCount(id));
    }

    @POST
    @Path("{id}/subjects")
    @Consumes("application/x-ndjson")
    @Operation(summary = "Add affected subjects, one JSON object per line: {\"iin\", \"fullName\", \"phone\"}")
    public Map<String, Integer> upload(@PathParam("id") UUID id, InputStream body) {
        List<AffectedSubject> subjects = parse(body);
        return Map.of("added", service.addSubjects(caller.operatorId(), id, subjects),
                "affectedSubjects", service.subjectCount(id));
    }

    @GET
    @Path("{id}/subjects")
    @Operation(summary = "How each affected subject was notified (inbox, read, e-mail); IINs masked")
    public List<SubjectStatuses.Status> subjects(@PathParam("id") UUID id,
                                                 @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                                 @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit) {
        service.ownIncident(caller.operatorId(), id);
        return statuses.of(id, offset, limit, false);
    }

    /** Reads NDJSON; a bad line is named by its number, never quoted (it may hold personal data). */
    private List<AffectedSubject> parse(InputStream body) {
        List<AffectedSubject> subjects = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (subjects.size() == MAX_NDJSON_LINES) {
                    throw InvalidInputException.field("body", "has more than " + MAX_NDJSON_LINES + " subjects; upload in parts");
                }
                try {
                    subjects.add(mapper.readValue(line, AffectedSubject.class));
                } catch (JsonProcessingException e) {
                    throw InvalidInputException.field("line " + number, "is not a JSON object with iin, fullName, phone");
                }
            }
        } catch (IOException e) {
            throw InvalidInputException.field("body", "could not be read");
        }
        if (subjects.isEmpty()) {
            throw InvalidInputException.field("body", "has no subjects");
        }
        return subjects;
    }
}
