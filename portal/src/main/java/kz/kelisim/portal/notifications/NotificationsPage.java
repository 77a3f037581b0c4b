package kz.kelisim.portal.notifications;

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
import kz.kelisim.portal.clients.Notice;
import kz.kelisim.portal.clients.NotificationApi;
import kz.kelisim.portal.web.PortalContext;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The subject's inbox, in the page language.
 */
@Path("/notifications")
@RolesAllowed("subject")
public class NotificationsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(List<Notice> notices);
    }

    private final NotificationApi notificationApi;
    private final PortalContext context;

    public NotificationsPage(@RestClient NotificationApi notificationApi, PortalContext context) {
        this.notificationApi = notificationApi;
        this.context = context;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return context.page(Templates.notifications(notificationApi.myNotices(context.lang())));
    }

    @POST
    @Path("read-all")
    public Response markAllRead() {
        notificationApi.markAllRead();
        return Response.seeOther(URI.create("/notifications")).build();
    }
}
