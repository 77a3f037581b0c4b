package kz.kelisim.objection.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.NationalId;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.contracts.deadline.ReceiptChannel;
import kz.kelisim.kit.idempotency.IdempotencyKey;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import kz.kelisim.objection.FileObjection;
import kz.kelisim.objection.ObjectionStatus;
import kz.kelisim.objection.Resolution;
import kz.kelisim.objection.service.ObjectionService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The operator's queue of objections and its answers to them, within three working days (PDL-19-1.3).
 */
@Path("/api/v1/objections")
@RolesAllowed(Roles.OPERATOR)
public class ObjectionResource {

    private final ObjectionService service;
    private final Caller caller;
    private final SecurityIdentity identity;
    private final SubjectPseudonym pseudonym;

    public ObjectionResource(ObjectionService service, Caller caller, SecurityIdentity identity, SubjectPseudonym pseudonym) {
        this.service = service;
        this.caller = caller;
        this.identity = identity;
        this.pseudonym = pseudonym;
    }

    @POST
    @Operation(summary = "PDL-19-1.3: enter an objection received on paper, by e-mail or at a branch, with its real time of receipt",
            description = "The 3 working days count from receivedAt, which may be at most 30 days ago and not in the future "
                    + "(400). The activity or decision must be the calling operator's (404 otherwise). The subject reads "
                    + "it in Kelisim and is told as for one filed there. Idempotent per Idempotency-Key.")
    public Response enter(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                          @NotNull(message = "a JSON body is required") @Valid ReceivedObjectionRequest body) {
        IdempotencyKey.require(idempotencyKey);
        String problem = NationalId.iinProblem(body.subjectIin());
        if (problem != null) {
            throw InvalidInputException.field("subjectIin", problem);
        }
        if (body.activityId() == null && body.decisionId() == null) {
            throw InvalidInputException.field("activityId", "or decisionId is required");
        }
        if (body.channel() == ReceiptChannel.SELF_SERVICE) {
            throw InvalidInputException.field("channel", "must be PAPER, EMAIL or BRANCH: the subject files in Kelisim themselves");
        }
        String operatorId = caller.operatorId();
        var filed = service.recordReceived(new FileObjection(body.subjectIin(), body.activityId(), body.decisionId(),
                body.remedy(), body.reason(), idempotencyKey, body.channel(), body.receivedAt(), body.evidence()),
                operatorId, pseudonym.of(body.subjectIin()));
        return IdempotencyKey.answer(filed.created())
                .location(URI.create("/api/v1/objections/" + filed.objection().id()))
                .entity(ObjectionView.of(service.getForOperator(filed.objection().id(), operatorId)))
                .build();
    }

    @GET
    @Operation(summary = "The calling operator's objections in a status (OPEN by default), earliest due first, with working days left")
    public List<ObjectionView> queue(@QueryParam("status") @DefaultValue("OPEN") ObjectionStatus status,
                                     @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return service.queue(caller.operatorId(), status, limit).stream().map(ObjectionView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the calling operator's objections; another operator's is 404")
    public ObjectionView get(@PathParam("id") UUID id) {
        return ObjectionView.of(service.getForOperator(id, caller.operatorId()));
    }

    @POST
    @Path("{id}/resolution")
    @Operation(summary = "Answer an objection: UPHELD with what was done, or REJECTED with reasons in kk and ru; the subject is told")
    public ObjectionView resolve(@PathParam("id") UUID id,
                                 @NotNull(message = "a JSON body is required") @Valid ResolutionRequest body) {
        var explanation = body.outcome() == ObjectionStatus.UPHELD ? body.actionTaken() : body.reasons();
        return ObjectionView.of(service.resolve(id, caller.operatorId(), new Resolution(body.outcome(), explanation,
                body.reviewedBy(), identity.getPrincipal().getName())));
    }
}
