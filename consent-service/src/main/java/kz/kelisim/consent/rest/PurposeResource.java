package kz.kelisim.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import kz.kelisim.consent.service.PurposeService;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Operators register their purposes (PDL-7.8, 7.11, 7.12) as versions, and declare them achieved.
 */
@Path("/api/v1/purposes")
@RolesAllowed(Roles.OPERATOR)
public class PurposeResource {

    private final PurposeService service;
    private final Caller caller;

    public PurposeResource(PurposeService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Register a purpose, or a new version of it",
            description = "201 with a new version when the definition changed; 200 with the current version when it is the same, "
                    + "so a retry creates nothing. 422 names the clause a purpose breaks: pdl-7-8-purpose-not-specific, "
                    + "pdl-7-11-public-source-harvesting, pdl-7-12-public-biometric-identification-without-ground, cpl-27-6-ai-disclosure-required.")
    public Response register(@NotNull(message = "a JSON body is required") PurposeRequest body) {
        String operatorId = caller.operatorId();
        var registered = service.register(operatorId, body.code(), body.toDefinition(operatorId));
        return Response.status(registered.created() ? 201 : 200)
                .location(URI.create("/api/v1/purposes/" + body.code() + "/versions/" + registered.purpose().version()))
                .entity(PurposeView.of(registered.purpose())).build();
    }

    @GET
    @Operation(summary = "The calling operator's purposes, current versions")
    public List<PurposeView> list() {
        return service.list(caller.operatorId()).stream().map(PurposeView::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "The current version of a purpose")
    public PurposeView get(@PathParam("code") String code) {
        return PurposeView.of(service.current(caller.operatorId(), code));
    }

    @GET
    @Path("{code}/versions")
    @Operation(summary = "Every version of a purpose, oldest first")
    public List<PurposeView> versions(@PathParam("code") String code) {
        return service.versions(caller.operatorId(), code).stream().map(PurposeView::of).toList();
    }

    @GET
    @Path("{code}/versions/{version}")
    @Operation(summary = "One version of a purpose, as the subjects who consented under it saw it")
    public PurposeView version(@PathParam("code") String code, @PathParam("version") int version) {
        return PurposeView.of(service.version(caller.operatorId(), code, version));
    }

    @POST
    @Path("{code}/achieved")
    @Operation(summary = "PDL-8.6: the purpose is achieved for every subject; every active consent under it ends")
    public Map<String, Integer> achieved(@PathParam("code") String code) {
        return Map.of("ended", service.achieved(caller.operatorId(), code));
    }
}
