package kz.kelisim.portal.regulator;

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
import java.util.List;
import java.util.UUID;
import kz.kelisim.portal.clients.Localized;
import kz.kelisim.portal.clients.ObjectionApi;
import kz.kelisim.portal.clients.ObjectionItem;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The regulator's queue of appeals against operators' answers to objections (PDL-19-1.3).
 */
@Path("/regulator/appeals")
@RolesAllowed("regulator")
public class AppealsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance appeals(List<ObjectionItem> pending);
    }

    private final ObjectionApi objections;
    private final PortalContext context;

    public AppealsPage(@RestClient ObjectionApi objections, PortalContext context) {
        this.objections = objections;
        this.context = context;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance queue() {
        return context.page(Templates.appeals(objections.appealQueue("PENDING")));
    }

    @POST
    @Path("{id}/decision")
    public Response decide(@PathParam("id") UUID id, @RestForm String outcome, @RestForm String textKk,
                           @RestForm String textRu, @RestForm String textEn) {
        objections.decideAppeal(id, new ObjectionApi.AppealDecision(outcome, new Localized(textKk, textRu, textEn)));
        return Response.seeOther(URI.create("/regulator/appeals")).build();
    }
}
