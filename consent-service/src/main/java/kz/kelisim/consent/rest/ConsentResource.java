package kz.kelisim.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import kz.kelisim.consent.GrantConsent;
import kz.kelisim.consent.service.ConsentService;
import kz.kelisim.contracts.NationalId;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Operators record and read their consents.
 */
@Path("/api/v1/consents")
public class ConsentResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ConsentService service;
    private final Caller caller;

    public ConsentResource(ConsentService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record a subject's consent", description = "Idempotent per Idempotency-Key: a retry returns 200 with the first result.")
    public Response grant(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                          @NotNull(message = "a JSON body is required") @Valid GrantConsentRequest body) {
        String operatorId = caller.operatorId();
        requireIdempotencyKey(idempotencyKey);
        String iinProblem = NationalId.problemWith(body.subjectIin());
        if (iinProblem != null) {
            throw InvalidInputException.field("subjectIin", iinProblem);
        }
        if (body.validUntil() != null && !body.validUntil().isAfter(service.now())) {
            throw InvalidInputException.field("validUntil", "must be in the future");
        }
        var outcome = service.grant(new GrantConsent(operatorId, body.subjectIin(), body.purposeCode(),
                body.validUntil(), idempotencyKey));
        return Response.status(outcome.created() ? 201 : 200)
                .location(URI.create("/api/v1/consents/" + outcome.consent().id()))
                .entity(ConsentView.of(outcome.consent(), service.now()))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "One of the calling operator's consents; another operator's consent is 404")
    public ConsentView get(@PathParam("id") UUID id) {
        return ConsentView.of(service.getForOperator(id, caller.operatorId()), service.now());
    }

    static void requireIdempotencyKey(String key) {
        if (key == null || key.isBlank()) {
            throw InvalidInputException.field(IDEMPOTENCY_KEY, "header is required on every create");
        }
        if (key.length() > 200) {
            throw InvalidInputException.field(IDEMPOTENCY_KEY, "must be at most 200 characters");
        }
    }
}
