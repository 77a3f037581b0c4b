package kz.kelisim.objection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import java.util.List;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import kz.kelisim.objection.LocalizedText;
import kz.kelisim.objection.service.DecisionService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A subject reads the automated decisions made about them, each with its explanation (PDL-19-1.2).
 */
@Path("/api/v1/me/decisions")
@RolesAllowed(Roles.SUBJECT)
public class MyDecisionsResource {

    private final DecisionService service;
    private final Caller caller;
    private final SubjectPseudonym pseudonym;

    public MyDecisionsResource(DecisionService service, Caller caller, SubjectPseudonym pseudonym) {
        this.service = service;
        this.caller = caller;
        this.pseudonym = pseudonym;
    }

    @GET
    @Operation(summary = "The calling subject's automated decisions, newest first, explained in the language of Accept-Language")
    public List<MyDecisionView> list(@HeaderParam("Accept-Language") String acceptLanguage) {
        String language = LocalizedText.pick(acceptLanguage);
        return service.listForSubject(pseudonym.of(caller.subjectIin())).stream()
                .map(d -> MyDecisionView.of(d, service.activityOf(d), language)).toList();
    }
}
