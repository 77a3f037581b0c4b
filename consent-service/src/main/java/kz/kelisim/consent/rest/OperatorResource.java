package kz.kelisim.consent.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import kz.kelisim.consent.service.OperatorService;
import kz.kelisim.contracts.operator.OperatorNames;
import kz.kelisim.kit.problem.ProblemException;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The operator directory: every signed-in user reads the profiles, so subjects and the regulator
 * see names instead of bare BINs; an operator maintains its own profile, an administrator any.
 */
@Path("/api/v1/operators")
@RolesAllowed({Roles.SUBJECT, Roles.OPERATOR, Roles.REGULATOR, Roles.ADMIN})
public class OperatorResource {

    private final OperatorService service;
    private final Caller caller;
    private final SecurityIdentity identity;

    public OperatorResource(OperatorService service, Caller caller, SecurityIdentity identity) {
        this.service = service;
        this.caller = caller;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Every operator's profile, by BIN; displayName follows Accept-Language (kk, ru, en; kk by default)")
    public List<OperatorView> list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = language(acceptLanguage);
        return service.list().stream().map(o -> OperatorView.of(o, language)).toList();
    }

    @GET
    @Path("{bin}")
    @Operation(summary = "One operator's profile; 404 when the BIN has none, 400 when it is no valid BIN (ID-1)")
    public OperatorView get(@PathParam("bin") String bin, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        new Inputs().bin(bin, "bin").throwIfAny();
        return OperatorView.of(service.get(bin), language(acceptLanguage));
    }

    @PUT
    @Path("{bin}")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Create or correct a profile: an operator its own (the BIN of its token), an administrator any",
            description = "201 when created, 200 when corrected or unchanged; every change is a new version, audited and "
                    + "published on operator-profiles. 403 not-own-profile when an operator puts another BIN's profile.")
    public Response put(@PathParam("bin") String bin, @NotNull(message = "a JSON body is required") OperatorRequest body,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String actor;
        if (caller.hasRole(Roles.ADMIN)) {
            actor = identity.getPrincipal().getName();
        } else {
            actor = caller.operatorId();
            if (!actor.equals(bin)) {
                throw new ProblemException(403, "not-own-profile", "Forbidden",
                        "An operator maintains only its own profile, the BIN of its token");
            }
        }
        var saved = service.save(bin, body.toDetails(bin), actor);
        return Response.status(saved.created() ? 201 : 200)
                .location(URI.create("/api/v1/operators/" + bin))
                .entity(OperatorView.of(saved.operator(), language(acceptLanguage))).build();
    }

    private static String language(String acceptLanguage) {
        if (acceptLanguage != null) {
            for (String part : acceptLanguage.split(",")) {
                String tag = part.split(";")[0].trim().toLowerCase();
                String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                if (primary.equals("kk") || primary.equals("ru") || primary.equals("en")) {
                    return primary;
                }
            }
        }
        return OperatorNames.language(null);
    }
}
