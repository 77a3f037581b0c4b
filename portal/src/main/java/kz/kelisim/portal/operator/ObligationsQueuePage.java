package kz.kelisim.portal.operator;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kz.kelisim.portal.clients.Localized;
import kz.kelisim.portal.clients.Obligation;
import kz.kelisim.portal.clients.ObligationApi;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Operator staff answer revocations: the open stop obligations, soonest due first, each with
 * "processing stopped" or a reasoned refusal that names the legislation, a normative legal act with
 * its kind, number, date and article (PDL-8.7). A refusal consent-service does not accept brings the
 * queue back with a message in the page's language, never an error page.
 */
@Path("/operator/obligations")
@RolesAllowed("operator")
public class ObligationsQueuePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance obligationsQueue(List<Obligation> open, List<ActKind> kinds, LocalDate today,
                                                        boolean refused);
    }

    /** The kinds of normative legal act consent-service knows (its LegalActKind), in the order of their force. */
    static final List<ActKind> KINDS = List.of("CONSTITUTION", "CONSTITUTIONAL_LAW", "CODE", "LAW", "PRESIDENTIAL_DECREE",
            "GOVERNMENT_RESOLUTION", "MINISTERIAL_ORDER", "OTHER_NORMATIVE_ACT").stream().map(ActKind::new).toList();

    /** One kind of act in the form, with its label's message key. */
    public record ActKind(String name) {
        public String labelKey() {
            return "legal_act_" + name;
        }
    }

    private static final Logger LOG = Logger.getLogger(ObligationsQueuePage.class);
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

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
        return page(false);
    }

    @POST
    @Path("{id}/stopped")
    public Response stopped(@PathParam("id") UUID id, @RestForm String evidence) {
        obligations.stopped(id, new ObligationApi.Stop(clock.instant(), evidence));
        return backToQueue();
    }

    @POST
    @Path("{id}/refusal")
    @Produces(MediaType.TEXT_HTML)
    public Response refuse(@PathParam("id") UUID id, @RestForm String legalActKind, @RestForm String legalActNumber,
                           @RestForm String legalActDate, @RestForm String legalActArticle, @RestForm String reasonKk,
                           @RestForm String reasonRu, @RestForm String reasonEn) {
        ObligationApi.LegalAct act = new ObligationApi.LegalAct(given(legalActKind), given(legalActNumber),
                given(legalActDate), given(legalActArticle));
        try {
            obligations.refuse(id, new ObligationApi.Refusal(act,
                    new Localized(given(reasonKk), given(reasonRu), given(reasonEn))));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status != 400 && status != 422) {
                throw e;
            }
            LOG.infof("consent-service did not accept a refusal of obligation %s: %d", id, status);
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(page(true)).build();
        }
        return backToQueue();
    }

    private TemplateInstance page(boolean refused) {
        return context.page(Templates.obligationsQueue(obligations.list("OPEN"), KINDS, LocalDate.now(ALMATY), refused));
    }

    /** A blank form field is not given. */
    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Response backToQueue() {
        return Response.seeOther(URI.create("/operator/obligations?answered=1")).build();
    }
}
