package kz.kelisim.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import kz.kelisim.notification.MailDelivery;
import kz.kelisim.notification.Notice;
import kz.kelisim.notification.service.ContactService;
import kz.kelisim.notification.service.NoticeRenderer;
import kz.kelisim.notification.service.NoticeService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A subject's inbox. The subject is found by the pseudonym of the IIN in their token, so nobody
 * can read another subject's notices.
 */
@Path("/api/v1/me/notifications")
@RolesAllowed(Roles.SUBJECT)
public class MyNotificationsResource {

    private final NoticeService service;
    private final ContactService contacts;
    private final NoticeRenderer renderer;
    private final Caller caller;
    private final SubjectPseudonym pseudonym;

    public MyNotificationsResource(NoticeService service, ContactService contacts, NoticeRenderer renderer, Caller caller,
                                   SubjectPseudonym pseudonym) {
        this.service = service;
        this.contacts = contacts;
        this.renderer = renderer;
        this.caller = caller;
        this.pseudonym = pseudonym;
    }

    @GET
    @Operation(summary = "The calling subject's notices, newest first, in the language of Accept-Language (Kazakh by default); unread=true keeps unread ones")
    public List<NoticeView> list(@HeaderParam("Accept-Language") String acceptLanguage,
                                 @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                                 @QueryParam("unread") Boolean unread) {
        String language = NoticeRenderer.pick(acceptLanguage);
        String ref = subjectRef();
        // The identity provider's e-mail seeds the contact once; the subject's own choice always wins.
        caller.claim("email").ifPresent(email -> contacts.seed(ref, email, language));
        List<Notice> notices = service.inbox(ref, limit, unread);
        Map<UUID, MailDelivery> mails = service.mailsOf(notices);
        return notices.stream().map(n -> view(n, language, mails.get(n.id()))).toList();
    }

    @GET
    @Path("unread-count")
    @Operation(summary = "How many of the calling subject's notices are unread")
    public Map<String, Long> unreadCount() {
        return Map.of("unread", service.unreadCount(subjectRef()));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the calling subject's notices as read")
    public NoticeView markRead(@PathParam("id") UUID id, @HeaderParam("Accept-Language") String acceptLanguage) {
        Notice notice = service.markRead(id, subjectRef());
        return view(notice, NoticeRenderer.pick(acceptLanguage), service.mailsOf(List.of(notice)).get(notice.id()));
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all of the calling subject's notices as read")
    public Map<String, Integer> markAllRead() {
        return Map.of("marked", service.markAllRead(subjectRef()));
    }

    private String subjectRef() {
        return pseudonym.of(caller.subjectIin());
    }

    private NoticeView view(Notice notice, String language, MailDelivery mail) {
        NoticeRenderer.Text text = renderer.render(notice, service.paramsOf(notice), language);
        return new NoticeView(notice.id(), notice.kind(), language, text.title(), text.body(), notice.createdAt(),
                notice.readAt() != null, mail == null ? null : mail.status().name());
    }
}
