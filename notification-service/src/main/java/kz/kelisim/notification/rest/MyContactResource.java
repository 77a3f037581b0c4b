package kz.kelisim.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.problem.ResourceNotFoundException;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import kz.kelisim.notification.SubjectContact;
import kz.kelisim.notification.service.ContactService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The calling subject's contact for notices: where e-mails go and in which language (kk, ru or en).
 */
@Path("/api/v1/me/contact")
@RolesAllowed(Roles.SUBJECT)
public class MyContactResource {

    /** The contact as the subject sets and reads it; a null e-mail means inbox only. */
    public record ContactBody(String email, String language) {
    }

    /** The stored contact and where it came from (SUBJECT or IDENTITY_PROVIDER). */
    public record ContactView(String email, String language, String source) {
    }

    private final ContactService contacts;
    private final Caller caller;
    private final SubjectPseudonym pseudonym;

    public MyContactResource(ContactService contacts, Caller caller, SubjectPseudonym pseudonym) {
        this.contacts = contacts;
        this.caller = caller;
        this.pseudonym = pseudonym;
    }

    @GET
    @Operation(summary = "The calling subject's contact for notices")
    public ContactView get() {
        return contacts.of(subjectRef()).map(MyContactResource::view)
                .orElseThrow(() -> new ResourceNotFoundException("Contact", "of the caller"));
    }

    @PUT
    @Operation(summary = "Set the e-mail address (or null for inbox only) and the language (kk, ru or en) of the calling subject's notices")
    public ContactView put(ContactBody body) {
        if (body == null) {
            throw InvalidInputException.field("body", "is required");
        }
        return view(contacts.set(subjectRef(), body.email(), body.language()));
    }

    private String subjectRef() {
        return pseudonym.of(caller.subjectIin());
    }

    private static ContactView view(SubjectContact c) {
        return new ContactView(c.email(), c.language(), c.source());
    }
}
