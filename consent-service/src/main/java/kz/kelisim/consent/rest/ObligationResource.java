package kz.kelisim.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import kz.kelisim.consent.ObligationStatus;
import kz.kelisim.consent.service.RevocationService;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.problem.ProblemException;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Each party, operator or third party with its own credentials, answers its own stop obligations
 * (PDL-8.7); another party's obligation is 404.
 */
@Path("/api/v1/obligations")
@RolesAllowed(Roles.OPERATOR)
public class ObligationResource {

    private final RevocationService revocations;
    private final ObligationViews views;
    private final Caller caller;

    public ObligationResource(RevocationService revocations, ObligationViews views, Caller caller) {
        this.revocations = revocations;
        this.views = views;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The calling party's stop obligations, soonest due first; ?status=OPEN|STOPPED|REFUSED filters")
    public List<ObligationView> list(@QueryParam("status") String status) {
        ObligationStatus filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = ObligationStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.field("status", "must be OPEN, STOPPED or REFUSED");
            }
        }
        return views.of(revocations.listForParty(caller.operatorId(), filter));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the calling party's stop obligations")
    public ObligationView get(@PathParam("id") UUID id) {
        return views.of(revocations.forParty(id, caller.operatorId()));
    }

    @POST
    @Path("{id}/stopped")
    @Operation(summary = "Confirm that processing stopped; after the due moment the deadline records MET_LATE")
    public ObligationView stopped(@PathParam("id") UUID id, @NotNull(message = "a JSON body is required") StopRequest body) {
        String party = caller.operatorId();
        new Inputs().require(body.stoppedAt() != null, "stoppedAt", "is required")
                .require(body.stoppedAt() == null || !body.stoppedAt().isAfter(revocations.now()), "stoppedAt", "must not be in the future")
                .require(Inputs.present(body.evidence()), "evidence", "is required: say what was stopped or deleted")
                .maxLength(body.evidence(), 2000, "evidence")
                .throwIfAny();
        return views.of(revocations.confirmStop(id, party, body.stoppedAt(), body.evidence()));
    }

    @POST
    @Path("{id}/refusal")
    @Operation(summary = "PDL-8.7: refuse with reasons; only with a reference to the law that requires keeping the data, and reasons in kk and ru",
            description = "422 pdl-8-7-refusal-without-law-reference when lawReference is missing; 422 pdl-8-7-refusal-reasons-required when kk or ru reasons are missing.")
    public ObligationView refusal(@PathParam("id") UUID id, @NotNull(message = "a JSON body is required") RefusalRequest body) {
        String party = caller.operatorId();
        if (!Inputs.present(body.lawReference())) {
            throw new ProblemException(422, "pdl-8-7-refusal-without-law-reference", "A refusal needs the law that requires the data (PDL-8.7)",
                    "A party may refuse to stop processing only when a law requires keeping or processing the data; name it in lawReference");
        }
        if (body.reasons() == null || !Inputs.present(body.reasons().kk()) || !Inputs.present(body.reasons().ru())) {
            throw new ProblemException(422, "pdl-8-7-refusal-reasons-required", "A refusal must be reasoned in Kazakh and Russian (PDL-8.7)",
                    "Give the reasons in reasons.kk and reasons.ru (reasons.en is recommended)");
        }
        new Inputs().maxLength(body.lawReference(), 500, "lawReference")
                .maxLength(body.reasons().kk(), 4000, "reasons.kk")
                .maxLength(body.reasons().ru(), 4000, "reasons.ru")
                .maxLength(body.reasons().en(), 4000, "reasons.en")
                .throwIfAny();
        return views.of(revocations.refuse(id, party, body.lawReference(), body.reasons()));
    }
}
