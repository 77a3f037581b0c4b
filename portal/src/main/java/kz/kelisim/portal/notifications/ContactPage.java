package kz.kelisim.portal.notifications;

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
import kz.kelisim.portal.clients.NotificationApi;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Where the subject's notices are e-mailed, and in which language (or inbox only).
 */
@Path("/settings")
@RolesAllowed("subject")
public class ContactPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contact(String email, String language, boolean saved);
    }

    private final NotificationApi notifications;
    private final PortalContext context;

    public ContactPage(@RestClient NotificationApi notifications, PortalContext context) {
        this.notifications = notifications;
        this.context = context;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@QueryParam("saved") String saved) {
        NotificationApi.Contact contact;
        try {
            contact = notifications.contact();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                throw e;
            }
            contact = new NotificationApi.Contact(null, context.lang());
        }
        return context.page(Templates.contact(contact.email() == null ? "" : contact.email(),
                contact.language() == null ? context.lang() : contact.language(), "1".equals(saved)));
    }

    @POST
    public Response save(@RestForm String email, @RestForm String language) {
        notifications.setContact(new NotificationApi.Contact(email == null || email.isBlank() ? null : email.trim(),
                PortalContext.supported(language) ? language : context.lang()));
        return Response.seeOther(URI.create("/settings?saved=1")).build();
    }
}
