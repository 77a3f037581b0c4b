package kz.kelisim.portal.objections;

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
import java.util.List;
import java.util.UUID;
import kz.kelisim.portal.clients.ObjectionApi;
import kz.kelisim.portal.clients.ObjectionItem;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The subject's objections: the 3-working-day review countdown, the result, and the appeal (PDL-19-1.3).
 */
@Path("/objections")
@RolesAllowed("subject")
public class ObjectionsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance objections(List<ObjectionItem> objections, boolean filed);
    }

    private final ObjectionApi objectionApi;
    private final PortalContext context;

    public ObjectionsPage(@RestClient ObjectionApi objectionApi, PortalContext context) {
        this.objectionApi = objectionApi;
        this.context = context;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@QueryParam("filed") String filed) {
        return context.page(Templates.objections(objectionApi.myObjections(), "1".equals(filed)));
    }

    @POST
    @Path("{id}/appeal")
    public Response appeal(@PathParam("id") UUID id, @RestForm String grounds) {
        objectionApi.appeal(id, new ObjectionApi.NewAppeal(grounds));
        return Response.seeOther(URI.create("/objections")).build();
    }
}
