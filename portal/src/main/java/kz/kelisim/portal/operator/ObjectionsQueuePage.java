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
import java.util.List;
import java.util.UUID;
import kz.kelisim.portal.clients.Localized;
import kz.kelisim.portal.clients.ObjectionApi;
import kz.kelisim.portal.clients.ObjectionItem;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Operator staff review objections, soonest due first, within 3 working days (PDL-19-1.3).
 */
@Path("/operator/objections")
@RolesAllowed("operator")
public class ObjectionsQueuePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance objectionsQueue(List<ObjectionItem> open);
    }

    private final ObjectionApi objections;
    private final PortalContext context;

    public ObjectionsQueuePage(@RestClient ObjectionApi objections, PortalContext context) {
        this.objections = objections;
        this.context = context;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance queue() {
        return context.page(Templates.objectionsQueue(objections.operatorQueue("OPEN")));
    }

    @POST
    @Path("{id}/resolution")
    public Response resolve(@PathParam("id") UUID id, @RestForm String outcome, @RestForm String textKk,
                            @RestForm String textRu, @RestForm String textEn) {
        Localized text = new Localized(textKk, textRu, textEn);
        boolean upheld = "UPHELD".equals(outcome);
        objections.resolve(id, new ObjectionApi.Resolution(outcome, upheld ? text : null, upheld ? null : text,
                context.displayName()));
        return Response.seeOther(URI.create("/operator/objections")).build();
    }
}
