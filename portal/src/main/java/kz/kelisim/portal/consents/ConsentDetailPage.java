package kz.kelisim.portal.consents;

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
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;
import com.lowagie.text.pdf.BaseFont;
import org.jboss.logging.Logger;
import java.net.URI;
import java.util.UUID;
import kz.kelisim.portal.clients.ConsentApi;
import kz.kelisim.portal.clients.ConsentDetail;
import kz.kelisim.portal.clients.SignedReceipt;
import kz.kelisim.portal.web.Operators;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One consent: its purpose in the page language, its history, the receipt, and revocation with a
 * confirmation that explains each party's 15-working-day obligation (PDL-8.7).
 */
@Path("/consents/{id}")
@RolesAllowed("subject")
public class ConsentDetailPage {

    private static final Logger LOG = Logger.getLogger(ConsentDetailPage.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(ConsentDetail detail, boolean revoked, boolean heldFor);

        static native TemplateInstance confirmRevocation(ConsentDetail detail, boolean heldFor);
    }

    private final ConsentApi consentApi;
    private final PortalContext context;
    private final ReceiptFont font;
    private final Operators operators;

    public ConsentDetailPage(@RestClient ConsentApi consentApi, PortalContext context, ReceiptFont font, Operators operators) {
        this.consentApi = consentApi;
        this.operators = operators;
        this.context = context;
        this.font = font;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("revoked") String revoked) {
        ConsentDetail detail = consentApi.myConsent(id);
        return context.page(Templates.detail(detail, "1".equals(revoked), detail.consent().heldFor(context.iin())));
    }

    @GET
    @Path("revoke")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirm(@PathParam("id") UUID id) {
        ConsentDetail detail = consentApi.myConsent(id);
        return context.page(Templates.confirmRevocation(detail, detail.consent().heldFor(context.iin())));
    }

    /** The form carries a CSRF token; the revocation is recorded with the subject's own token. */
    @POST
    @Path("revoke")
    @Produces(MediaType.TEXT_HTML)
    public Response revoke(@PathParam("id") UUID id) {
        consentApi.revoke(id);
        return Response.seeOther(URI.create("/consents/" + id + "?revoked=1")).build();
    }

    @GET
    @Path("receipt.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response receipt(@PathParam("id") UUID id) {
        return Response.ok(consentApi.receipt(id))
                .header("Content-Disposition", "attachment; filename=\"consent-receipt-" + id + ".json\"")
                .build();
    }

    /** The same signed receipt laid out as a PDF in the page language, for the subject to keep and print. */
    @GET
    @Path("receipt.pdf")
    @Produces("application/pdf")
    public Response receiptPdf(@PathParam("id") UUID id) {
        BaseFont base = font.font().orElseThrow(() -> {
            LOG.warn("No font for consent receipts was found; set kelisim.receipt.font to a TrueType font with Cyrillic");
            return new ServiceUnavailableException();
        });
        ConsentDetail detail = consentApi.myConsent(id);
        SignedReceipt receipt = consentApi.signedReceipt(id);
        byte[] pdf = ReceiptPdf.write(receipt, operators.named(receipt.operatorId()), detail.consent().representative(),
                context.messages(), context.lang(), base);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"consent-receipt-" + id + ".pdf\"")
                .build();
    }
}
