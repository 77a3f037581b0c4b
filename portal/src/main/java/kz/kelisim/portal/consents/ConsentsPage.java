package kz.kelisim.portal.consents;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.kelisim.portal.clients.ConsentApi;
import kz.kelisim.portal.clients.ConsentSummary;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * "My consents": every consent the subject gave, with its purpose, term and status.
 */
@Path("/consents")
@RolesAllowed("subject")
public class ConsentsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance consents(List<ConsentSummary> consents);
    }

    private final ConsentApi consentApi;
    private final PortalContext context;

    public ConsentsPage(@RestClient ConsentApi consentApi, PortalContext context) {
        this.consentApi = consentApi;
        this.context = context;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return context.page(Templates.consents(consentApi.myConsents()));
    }
}
