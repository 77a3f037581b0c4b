package kz.kelisim.portal.operator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.kelisim.portal.clients.BreachApi;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Operator staff report a personal-data breach to the authorised body within one working day of
 * detecting it (BRN-1), and follow their own reports and whether each came in time.
 */
@Path("/operator/breaches")
@RolesAllowed("operator")
public class BreachReportPage {

    private static final Logger LOG = Logger.getLogger(BreachReportPage.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance breaches(BreachForm form, Map<String, String> problems, boolean refused,
                                                boolean filed, List<BreachApi.OwnIncident> incidents);
    }

    private final BreachApi breaches;
    private final PortalContext context;
    private final Clock clock = Clock.systemUTC();

    public BreachReportPage(@RestClient BreachApi breaches, PortalContext context) {
        this.breaches = breaches;
        this.context = context;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("filed") String filed) {
        return context.page(Templates.breaches(BreachForm.empty(UUID.randomUUID().toString()), Map.of(), false,
                "1".equals(filed), breaches.mine()));
    }

    /** Checked here first, so each problem is named in the page language next to its field; a refusal by the service is shown too. */
    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response report(@RestForm String idempotencyKey, @RestForm String detectedAt, @RestForm String description,
                           @RestForm String dataCategories, @RestForm String measures, @RestForm String contactName,
                           @RestForm String contactPhone, @RestForm String contactEmail) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200
                ? UUID.randomUUID().toString() : idempotencyKey;
        BreachForm form = new BreachForm(key, detectedAt, description, dataCategories, measures, contactName, contactPhone,
                contactEmail);
        Map<String, String> problems = form.problems(clock.instant());
        if (!problems.isEmpty()) {
            return again(form, problems, false);
        }
        try {
            breaches.report(key, form.toReport());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status != 400 && status != 409 && status != 422) {
                throw e;
            }
            LOG.infof("notification-service refused a breach report with %d", status);
            // A corrected report is a new request: it gets its own idempotency key.
            return again(form.withKey(UUID.randomUUID().toString()), Map.of(), true);
        }
        return Response.seeOther(URI.create("/operator/breaches?filed=1")).build();
    }

    private Response again(BreachForm form, Map<String, String> problems, boolean refused) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                .entity(context.page(Templates.breaches(form, problems, refused, false, breaches.mine()))).build();
    }
}
