package kz.kelisim.portal.clients;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * notification-service, called with the signed-in user's own access token.
 */
@RegisterRestClient(configKey = "notification")
@RegisterProvider(UserToken.class)
@Path("/api/v1")
public interface NotificationApi {

    @GET
    @Path("me/notifications")
    List<Notice> myNotices(@HeaderParam("Accept-Language") String language);
}
