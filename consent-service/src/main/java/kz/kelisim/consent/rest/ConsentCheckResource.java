package kz.kelisim.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import kz.kelisim.consent.service.ConsentCheck;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Operators ask, before they process, whether a subject's consent for a purpose is in force.
 */
@Path("/api/v1")
public class ConsentCheckResource {

    private final ConsentCheck check;
    private final Caller caller;

    public ConsentCheckResource(ConsentCheck check, Caller caller) {
        this.check = check;
        this.caller = caller;
    }

    @POST
    @Path("consent-checks")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "May the calling operator process this subject's data for this purpose now?",
            description = "Answers {allowed, consentId, status, validUntil, reason} from the committed state, with no cache: "
                    + "a revocation (PDL-8.7), expiry (PDL-8.5) or purpose achieved (PDL-8.6) shows the moment it commits.")
    public ConsentCheck.Answer check(@NotNull(message = "a JSON body is required") ConsentCheckRequest body) {
        validate(body);
        return check.check(caller.operatorId(), body.subjectIin(), body.purposeCode());
    }

    /** The form of one check (400 naming each field); the batch checks each of its items with it. */
    static void validate(ConsentCheckRequest body) {
        new Inputs().iin(body.subjectIin(), "subjectIin")
                .require(body.purposeCode() != null && body.purposeCode().matches(PurposeRequest.CODE_PATTERN),
                        "purposeCode", "must be 1-100 lowercase letters, digits, '.', '_' or '-'")
                .throwIfAny();
    }
}
