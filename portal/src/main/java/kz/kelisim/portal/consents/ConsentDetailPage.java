package kz.kelisim.portal.consents;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import kz.kelisim.portal.clients.ConsentApi;
import kz.kelisim.portal.clients.ConsentDetail;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One consent: its purpose in the page language, its history, the receipt, and revocation with a
 * confirmation that explains each party's 15-working-day obligation (PDL-8.7).
 */
@Path("/consents/{id}")
@RolesAllowed("subject")
public class ConsentDetailPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(ConsentDetail detail, boolean revoked);

        static native TemplateInstance confirmRevocation(ConsentDetail detail);
    }

    private final ConsentApi consentApi;
    private final PortalContext context;

    public ConsentDetailPage(@RestClient ConsentApi consentApi, PortalContext context) {
        this.consentApi = consentApi;
        this.context = context;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("revoked") String revoked) {
        return context.page(Templates.detail(consentApi.myConsent(id), "1".equals(revoked)));
    }

    @GET
    @Path("revoke")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirm(@PathParam("id") UUID id) {
        return context.page(Templates.confirmRevocation(consentApi.myConsent(id)));
    }

    /** The form carries a CSRF token; the revocation is recorded with the subject's own token. */
    @POST
    @Path("revoke")
    @Produces(MediaType.TEXT_HTML)
    public Response revoke(@PathParam("id") UUID id) {
        consentApi.revoke(id);
        return Response.seeOther(URI.create("/consents/" + id + "?revoked=1")).build();
    }

    @GET
    @Path("receipt.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response receipt(@PathParam("id") UUID id) {
        return Response.ok(consentApi.receipt(id))
                .header("Content-Disposition", "attachment; filename=\"consent-receipt-" + id + ".json\"")
                .build();
    }
}
