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
import kz.kelisim.calendar.KazakhTime;
import kz.kelisim.consent.ObligationStatus;
import kz.kelisim.consent.service.RevocationService;
import kz.kelisim.contracts.legal.LegalAct;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Each party, operator or third party with its own credentials, answers its own stop obligations
 * (PDL-8.7); another party's obligation is 404. The form of each field is checked here (400); whether
 * a refusal may stand is {@code StopObligation.refuse}'s decision (422).
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
    @Operation(summary = "PDL-8.7: refuse with reasons in kk and ru, naming the legislation (a normative legal act: its kind, "
            + "number, date and article) that requires keeping the data",
            description = "400 naming each missing or malformed field of legalAct (such as legalAct.article); "
                    + "422 pdl-8-7-refusal-without-legislation when no legalAct is given; "
                    + "422 pdl-8-7-refusal-reasons-required when kk or ru reasons are missing; "
                    + "409 obligation-already-answered.")
    public ObligationView refusal(@PathParam("id") UUID id, @NotNull(message = "a JSON body is required") RefusalRequest body) {
        LegalAct act = body.toLegalAct(KazakhTime.dateOf(revocations.now()));
        return views.of(revocations.refuse(id, caller.operatorId(), act, body.reasons()));
    }
}
