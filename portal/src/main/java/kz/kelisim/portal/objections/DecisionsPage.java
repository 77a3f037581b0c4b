package kz.kelisim.portal.objections;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import kz.kelisim.portal.clients.MyDecision;
import kz.kelisim.portal.clients.ObjectionApi;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The automated decisions about the subject, each explained in the page language (PDL-19-1.2),
 * with a form to object to it.
 */
@Path("/decisions")
@RolesAllowed("subject")
public class DecisionsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance decisions(List<MyDecision> decisions, String formKey);
    }

    private final ObjectionApi objections;
    private final PortalContext context;

    public DecisionsPage(@RestClient ObjectionApi objections, PortalContext context) {
        this.objections = objections;
        this.context = context;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        // Each rendering carries a fresh key, so submitting the same form twice files one objection.
        return context.page(Templates.decisions(objections.myDecisions(context.lang()), UUID.randomUUID().toString()));
    }

    @POST
    @Path("object")
    public Response object(@RestForm UUID decisionId, @RestForm String remedy, @RestForm String reason,
                           @RestForm String formKey) {
        objections.object(formKey + "-" + decisionId, new ObjectionApi.NewObjection(decisionId, remedy, reason));
        return Response.seeOther(URI.create("/objections?filed=1")).build();
    }
}
