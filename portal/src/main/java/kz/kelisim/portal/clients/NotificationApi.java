package kz.kelisim.portal.clients;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
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

    @POST
    @Path("me/notifications/read-all")
    Map<String, Integer> markAllRead();

    /** The subject's contact for notices; 404 until the subject opened the inbox or set it. */
    @GET
    @Path("me/contact")
    Contact contact();

    @PUT
    @Path("me/contact")
    Contact setContact(Contact contact);

    /** Where and in which language notices are e-mailed; a null e-mail means inbox only. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Contact(String email, String language) {
    }
}
