package kz.kelisim.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.util.List;
import kz.kelisim.consent.service.ConsentService;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A subject reads their own consents; the IIN comes from the token, never from the request.
 */
@Path("/api/v1/me/consents")
public class MyConsentsResource {

    private final ConsentService service;
    private final Caller caller;

    public MyConsentsResource(ConsentService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.SUBJECT)
    @Operation(summary = "The calling subject's consents, newest first")
    public List<ConsentView> list() {
        Instant now = service.now();
        return service.listForSubject(caller.subjectIin()).stream().map(c -> ConsentView.of(c, now)).toList();
    }
}
