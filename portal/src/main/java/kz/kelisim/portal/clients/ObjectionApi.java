package kz.kelisim.portal.clients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * objection-service (PDL-19-1), called with the signed-in person's own token.
 */
@RegisterRestClient(configKey = "objection")
@RegisterProvider(UserToken.class)
@Path("/api/v1")
public interface ObjectionApi {

    @GET
    @Path("me/decisions")
    List<MyDecision> myDecisions(@HeaderParam("Accept-Language") String language);

    @GET
    @Path("me/objections")
    List<ObjectionItem> myObjections();

    @POST
    @Path("me/objections")
    ObjectionItem object(@HeaderParam("Idempotency-Key") String idempotencyKey, NewObjection objection);

    @POST
    @Path("me/objections/{id}/appeal")
    ObjectionItem appeal(@PathParam("id") UUID id, NewAppeal appeal);

    @GET
    @Path("objections")
    List<ObjectionItem> operatorQueue(@QueryParam("status") String status);

    @POST
    @Path("objections/{id}/resolution")
    ObjectionItem resolve(@PathParam("id") UUID id, Resolution resolution);

    @GET
    @Path("appeals")
    List<ObjectionItem> appealQueue(@QueryParam("status") String status);

    @POST
    @Path("appeals/{id}/decision")
    ObjectionItem decideAppeal(@PathParam("id") UUID id, AppealDecision decision);

    /** An objection to one decision. */
    record NewObjection(UUID decisionId, String remedy, String reason) {
    }

    /** An appeal's grounds. */
    record NewAppeal(String grounds) {
    }

    /** The operator's answer: UPHELD with the action taken, or REJECTED with reasons. */
    record Resolution(String outcome, Localized actionTaken, Localized reasons, String reviewedBy) {
    }

    /** The regulator's outcome of an appeal. */
    record AppealDecision(String outcome, Localized explanation) {
    }
}
