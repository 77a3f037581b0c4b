package kz.kelisim.portal.clients;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
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
}
