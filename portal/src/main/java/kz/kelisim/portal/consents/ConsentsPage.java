package kz.kelisim.portal.consents;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.kelisim.portal.clients.ConsentApi;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * "My consents": every consent the subject gave, with its purpose, term and status; then, each
 * clearly headed, the consents of every person the subject acts for as legal representative (PDL-8.7).
 */
@Path("/consents")
@RolesAllowed("subject")
public class ConsentsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance consents(HeldConsents held);
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
        return context.page(Templates.consents(HeldConsents.split(consentApi.myConsents(), context.iin())));
    }
}
