package kz.kelisim.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import kz.kelisim.consent.Consent;
import kz.kelisim.consent.service.RevocationService;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An operator's staff enter a revocation that reached the operator on paper, by e-mail or at a branch
 * (PDL-8.7). The subject reads it in the portal and is notified as if they had filed it in Kelisim.
 */
@Path("/api/v1/consents/{id}/revocation")
@RolesAllowed(Roles.OPERATOR)
public class ReceivedRevocationResource {

    private final RevocationService revocations;
    private final ObligationViews obligationViews;
    private final Caller caller;

    public ReceivedRevocationResource(RevocationService revocations, ObligationViews obligationViews, Caller caller) {
        this.revocations = revocations;
        this.obligationViews = obligationViews;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "PDL-8.7: enter a revocation received on paper, by e-mail or at a branch, with its real time of receipt",
            description = "Every party's 15 working days count from receivedAt, which may be at most 30 days ago and not "
                    + "in the future (400). revokedBy must be the subject or the legal representative recorded on the "
                    + "consent (422 pdl-8-7-not-subject-or-representative). 201 with one stop obligation per party; a "
                    + "consent already revoked answers 200 with its obligations.")
    public Response enter(@PathParam("id") UUID id,
                          @NotNull(message = "a JSON body is required") ReceivedRevocationRequest body) {
        var revocation = revocations.recordReceived(id, caller.operatorId(), body.toCommand());
        Consent c = revocation.consent();
        return Response.status(revocation.created() ? 201 : 200)
                .entity(new RevocationView(id, c.endedAt(), c.revokedByRepresentative(),
                        obligationViews.of(revocation.obligations())))
                .build();
    }
}
