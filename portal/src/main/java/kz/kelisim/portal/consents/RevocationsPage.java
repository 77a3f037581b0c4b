package kz.kelisim.portal.consents;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import kz.kelisim.portal.clients.ConsentApi;
import kz.kelisim.portal.clients.ConsentDetail;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * "My revocations": every party's stop obligation with its due date, the working days left and the
 * answer or reasoned refusal when it comes (PDL-8.7).
 */
@Path("/revocations")
@RolesAllowed("subject")
public class RevocationsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance revocations(List<ConsentDetail> revoked, String myIin);
    }

    private final ConsentApi consentApi;
    private final PortalContext context;

    public RevocationsPage(@RestClient ConsentApi consentApi, PortalContext context) {
        this.consentApi = consentApi;
        this.context = context;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        List<ConsentDetail> revoked = consentApi.myConsents().stream()
                .filter(c -> "REVOKED".equals(c.status()))
                .map(c -> consentApi.myConsent(c.id()))
                .sorted(Comparator.comparing((ConsentDetail d) -> d.consent().endedAt(),
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        return context.page(Templates.revocations(revoked, context.iin()));
    }
}
