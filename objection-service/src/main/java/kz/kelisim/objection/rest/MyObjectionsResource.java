package kz.kelisim.objection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import kz.kelisim.contracts.SubjectPseudonym;
import kz.kelisim.kit.idempotency.IdempotencyKey;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import kz.kelisim.objection.FileObjection;
import kz.kelisim.objection.service.ObjectionService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A subject objects to automated processing (PDL-19-1.2), follows the review and appeals (PDL-19-1.3).
 */
@Path("/api/v1/me/objections")
@RolesAllowed(Roles.SUBJECT)
public class MyObjectionsResource {

    private final ObjectionService service;
    private final Caller caller;
    private final SubjectPseudonym pseudonym;

    public MyObjectionsResource(ObjectionService service, Caller caller, SubjectPseudonym pseudonym) {
        this.service = service;
        this.caller = caller;
        this.pseudonym = pseudonym;
    }

    @POST
    @Operation(summary = "Object to an activity that concerns you, or to one of your decisions; reviewed within 3 working days")
    public Response file(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                         @NotNull(message = "a JSON body is required") @Valid ObjectionRequest body) {
        String iin = caller.subjectIin();
        IdempotencyKey.require(idempotencyKey);
        if (body.activityId() == null && body.decisionId() == null) {
            throw InvalidInputException.field("activityId", "or decisionId is required");
        }
        var filed = service.file(new FileObjection(iin, body.activityId(), body.decisionId(), body.remedy(),
                body.reason(), idempotencyKey), pseudonym.of(iin));
        return IdempotencyKey.answer(filed.created())
                .location(URI.create("/api/v1/me/objections/" + filed.objection().id()))
                .entity(ObjectionView.of(service.getForSubject(filed.objection().id(), pseudonym.of(iin))))
                .build();
    }

    @GET
    @Operation(summary = "The calling subject's objections, newest first, with results and appeals")
    public List<ObjectionView> list() {
        return service.listForSubject(subjectRef()).stream().map(ObjectionView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the calling subject's objections; anyone else's is 404")
    public ObjectionView get(@PathParam("id") UUID id) {
        return ObjectionView.of(service.getForSubject(id, subjectRef()));
    }

    @POST
    @Path("{id}/appeal")
    @Operation(summary = "Appeal to the regulator after the operator's answer, or after its review deadline was breached")
    public ObjectionView appeal(@PathParam("id") UUID id,
                                @NotNull(message = "a JSON body is required") @Valid AppealRequest body) {
        return ObjectionView.of(service.appeal(id, subjectRef(), body.grounds()));
    }

    private String subjectRef() {
        return pseudonym.of(caller.subjectIin());
    }
}
