package kz.kelisim.objection.rest;

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
import java.util.List;
import java.util.UUID;
import kz.kelisim.kit.idempotency.IdempotencyKey;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import kz.kelisim.objection.ActivityDraft;
import kz.kelisim.objection.BasisKind;
import kz.kelisim.objection.LegalBasis;
import kz.kelisim.objection.service.ActivityService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Operators write versions of their automated-processing activities and publish them (PDL-19-1.2).
 */
@Path("/api/v1/processing-activities")
@RolesAllowed(Roles.OPERATOR)
public class ProcessingActivityResource {

    private final ActivityService service;
    private final Caller caller;

    public ProcessingActivityResource(ActivityService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Write a new draft version of an activity", description = "The next version of its code. Idempotent per Idempotency-Key.")
    public Response write(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                          @NotNull(message = "a JSON body is required") @Valid ActivityRequest body) {
        String operatorId = caller.operatorId();
        IdempotencyKey.require(idempotencyKey);
        var outcome = service.write(new ActivityDraft(operatorId, body.code(), body.name(), body.procedure(),
                body.consequences(), body.legalEffect(), basis(body.legalBasis()), body.aiComponents().used(),
                body.aiComponents().aiRisks(), body.aiComponents().aiSafeUse(), body.howToObject(),
                body.howToProtectRights(), idempotencyKey));
        return IdempotencyKey.answer(outcome.created())
                .location(URI.create("/api/v1/processing-activities/" + outcome.activity().id()))
                .entity(ActivityView.of(outcome.activity()))
                .build();
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a draft: 422 unless every explanation exists in Kazakh and Russian (PDL-19-1.2, CPL-27.6)")
    public ActivityView publish(@PathParam("id") UUID id) {
        return ActivityView.of(service.publish(id, caller.operatorId()));
    }

    @GET
    @Operation(summary = "The calling operator's activities, every version")
    public List<ActivityView> list() {
        return service.listForOperator(caller.operatorId()).stream().map(ActivityView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the calling operator's activity versions; another operator's is 404")
    public ActivityView get(@PathParam("id") UUID id) {
        return ActivityView.of(service.getForOperator(id, caller.operatorId()));
    }

    private static LegalBasis basis(ActivityRequest.Basis basis) {
        if (basis.kind() == BasisKind.CONSENT) {
            if (basis.purposeCode() == null || basis.purposeCode().isBlank()) {
                throw InvalidInputException.field("legalBasis.purposeCode", "is required when the basis is CONSENT");
            }
            return new LegalBasis(BasisKind.CONSENT, basis.purposeCode(), null);
        }
        if (basis.lawReference() == null || basis.lawReference().isBlank()) {
            throw InvalidInputException.field("legalBasis.lawReference", "is required when the basis is LAW (PDL-19-1.1)");
        }
        return new LegalBasis(BasisKind.LAW, null, basis.lawReference());
    }
}
