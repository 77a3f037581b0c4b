package kz.kelisim.objection.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import kz.kelisim.kit.security.Roles;
import kz.kelisim.objection.AppealStatus;
import kz.kelisim.objection.service.AppealService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The regulator's queue of appeals across operators, and its outcomes (PDL-19-1.3).
 */
@Path("/api/v1/appeals")
@RolesAllowed(Roles.REGULATOR)
public class AppealResource {

    private final AppealService service;
    private final SecurityIdentity identity;

    public AppealResource(AppealService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Appeals in a status (PENDING by default), oldest first, each with its objection")
    public List<ObjectionView> queue(@QueryParam("status") @DefaultValue("PENDING") AppealStatus status,
                                     @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return service.queue(status, limit).stream().map(ObjectionView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One appeal with its objection, by the appeal's id (PDL-19-1.3)")
    public ObjectionView get(@PathParam("id") UUID id) {
        return ObjectionView.of(service.get(id));
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "Record the outcome of an appeal, explained in kk and ru; the subject is told")
    public ObjectionView decide(@PathParam("id") UUID id,
                                @NotNull(message = "a JSON body is required") @Valid AppealDecisionRequest body) {
        return ObjectionView.of(service.decide(id, body.outcome(), body.explanation(), identity.getPrincipal().getName()));
    }
}
