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

    /** A refusal under the legislation that requires keeping the data, with reasons in kk and ru (en optional). */
    record Refusal(LegalAct legalAct, Localized reasons) {
    }

    /**
     * The normative legal act a refusal cites, as the form gave it; consent-service checks each field.
     *
     * @param kind    a kind consent-service knows, such as LAW or MINISTERIAL_ORDER
     * @param date    an ISO date, such as 2013-05-21
     * @param article the article (or paragraph) with the units under it after dots, such as 8.7
     */
    record LegalAct(String kind, String number, String date, String article) {
    }
}
