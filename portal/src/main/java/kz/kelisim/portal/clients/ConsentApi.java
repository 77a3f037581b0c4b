package kz.kelisim.portal.clients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * consent-service, called with the signed-in user's own access token.
 */
@RegisterRestClient(configKey = "consent")
@RegisterProvider(UserToken.class)
@Path("/api/v1")
public interface ConsentApi {

    @GET
    @Path("me/consents")
    List<ConsentSummary> myConsents();

    @GET
    @Path("me/consents/{id}")
    ConsentDetail myConsent(@PathParam("id") UUID id);

    @POST
    @Path("me/consents/{id}/revocation")
    Revocation revoke(@PathParam("id") UUID id);

    /** The operator directory: every operator's and third party's profile. */
    @GET
    @Path("operators")
    List<OperatorProfile> operators();

    /** The signed receipt, passed through as the service's JSON. */
    @GET
    @Path("me/consents/{id}/receipt")
    String receipt(@PathParam("id") UUID id);

    /** The same signed receipt, read for laying it out as a PDF. */
    @GET
    @Path("me/consents/{id}/receipt")
    SignedReceipt signedReceipt(@PathParam("id") UUID id);
}
