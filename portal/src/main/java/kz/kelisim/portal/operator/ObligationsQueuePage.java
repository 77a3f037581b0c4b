package kz.kelisim.portal.operator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import kz.kelisim.portal.clients.Localized;
import kz.kelisim.portal.clients.Obligation;
import kz.kelisim.portal.clients.ObligationApi;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Operator staff answer revocations: the open stop obligations, soonest due first, each with
 * "processing stopped" or a reasoned refusal that names the law (PDL-8.7).
 */
@Path("/operator/obligations")
@RolesAllowed("operator")
public class ObligationsQueuePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance obligationsQueue(List<Obligation> open);
    }

    private final ObligationApi obligations;
    private final PortalContext context;
    private final Clock clock = Clock.systemUTC();

    public ObligationsQueuePage(@RestClient ObligationApi obligations, PortalContext context) {
        this.obligations = obligations;
        this.context = context;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance queue() {
        return context.page(Templates.obligationsQueue(obligations.list("OPEN")));
    }

    @POST
    @Path("{id}/stopped")
    public Response stopped(@PathParam("id") UUID id, @RestForm String evidence) {
        obligations.stopped(id, new ObligationApi.Stop(clock.instant(), evidence));
        return backToQueue();
    }

    @POST
    @Path("{id}/refusal")
    public Response refuse(@PathParam("id") UUID id, @RestForm String lawReference, @RestForm String reasonKk,
                           @RestForm String reasonRu, @RestForm String reasonEn) {
        obligations.refuse(id, new ObligationApi.Refusal(lawReference, new Localized(reasonKk, reasonRu, reasonEn)));
        return backToQueue();
    }

    private static Response backToQueue() {
        return Response.seeOther(URI.create("/operator/obligations?answered=1")).build();
    }
}
