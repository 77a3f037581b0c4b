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
import kz.kelisim.objection.service.ActivityService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A subject reads how each automated processing that concerns them works (PDL-19-1.2).
 */
@Path("/api/v1/me/processing-activities")
@RolesAllowed(Roles.SUBJECT)
public class MyProcessingActivitiesResource {

    private final ActivityService service;
    private final Caller caller;
    private final SubjectPseudonym pseudonym;

    public MyProcessingActivitiesResource(ActivityService service, Caller caller, SubjectPseudonym pseudonym) {
        this.service = service;
        this.caller = caller;
        this.pseudonym = pseudonym;
    }

    @GET
    @Operation(summary = "Published explanations of the activities that concern the calling subject, in the language of Accept-Language (Kazakh by default)")
    public List<ExplanationView> list(@HeaderParam("Accept-Language") String acceptLanguage) {
        String language = LocalizedText.pick(acceptLanguage);
        return service.concerning(pseudonym.of(caller.subjectIin())).stream()
                .map(a -> ExplanationView.of(a, language)).toList();
    }
}
