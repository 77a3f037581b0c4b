package kz.kelisim.portal.clients;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The calling operator's stop obligations on consent-service (PDL-8.7), with the staff member's token.
 */
@RegisterRestClient(configKey = "consent")
@RegisterProvider(UserToken.class)
@Path("/api/v1/obligations")
public interface ObligationApi {

    @GET
    List<Obligation> list(@QueryParam("status") String status);

    @POST
    @Path("{id}/stopped")
    Obligation stopped(@PathParam("id") UUID id, Stop stop);

    @POST
    @Path("{id}/refusal")
    Obligation refuse(@PathParam("id") UUID id, Refusal refusal);

    /** Processing stopped at a moment, with what was done. */
    record Stop(Instant stoppedAt, String evidence) {
    }

    /** A refusal with the law that requires keeping the data, and reasons in kk and ru (en optional). */
    record Refusal(String lawReference, Localized reasons) {
    }
}
