package kz.kelisim.objection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.NationalId;
import kz.kelisim.kit.idempotency.IdempotencyKey;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import kz.kelisim.objection.RecordDecision;
import kz.kelisim.objection.service.DecisionService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Operators record the automated decisions their systems make about subjects; one with legal
 * effect and no lawful basis is refused (PDL-19-1.1).
 */
@Path("/api/v1/decisions")
@RolesAllowed(Roles.OPERATOR)
public class DecisionResource {

    /** Clocks drift; a decision stamped a little ahead of ours is not refused for that. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final DecisionService service;
    private final Caller caller;

    public DecisionResource(DecisionService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Record an automated decision",
            description = "422 pdl-19-1-1-no-lawful-basis when the activity has legal effect, relies on consent, and the subject "
                    + "had no valid consent at decidedAt; 422 pdl-19-1-1-decided-before-publication when decidedAt is earlier "
                    + "than the activity's publication; 400 when decidedAt is in the future or more than "
                    + "kelisim.decisions.max-age (5 minutes) in the past. Idempotent per Idempotency-Key.")
    public Response record(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                           @NotNull(message = "a JSON body is required") @Valid DecisionRequest body) {
        String operatorId = caller.operatorId();
        IdempotencyKey.require(idempotencyKey);
        String iinProblem = NationalId.iinProblem(body.subjectIin());
        if (iinProblem != null) {
            throw InvalidInputException.field("subjectIin", iinProblem);
        }
        if (body.decidedAt().isAfter(service.now().plus(CLOCK_SKEW))) {
            throw InvalidInputException.field("decidedAt", "must not be in the future");
        }
        var recorded = service.record(new RecordDecision(operatorId, body.activityCode(), body.subjectIin(),
                body.outcome(), body.decidedAt(), idempotencyKey));
        return IdempotencyKey.answer(recorded.created())
                .location(URI.create("/api/v1/decisions/" + recorded.decision().id()))
                .entity(DecisionView.of(recorded.decision()))
                .build();
    }

    @GET
    @Operation(summary = "The calling operator's decisions, newest first")
    public List<DecisionView> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return service.listForOperator(caller.operatorId(), limit).stream().map(DecisionView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the calling operator's decisions; another operator's is 404")
    public DecisionView get(@PathParam("id") UUID id) {
        return DecisionView.of(service.getForOperator(id, caller.operatorId()));
    }
}
