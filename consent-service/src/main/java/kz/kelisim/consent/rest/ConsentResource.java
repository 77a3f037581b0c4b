package kz.kelisim.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import kz.kelisim.consent.service.ConsentService;
import kz.kelisim.consent.service.ReceiptService;
import kz.kelisim.kit.idempotency.IdempotencyKey;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Operators record their consents, read them, end them when the purpose is achieved and download receipts.
 */
// Rooted at /api/v1 so that the custom method /api/v1/consents:import (ConsentImportResource) sits beside these paths.
@Path("/api/v1")
@RolesAllowed(Roles.OPERATOR)
public class ConsentResource {

    private final ConsentService service;
    private final ReceiptService receipts;
    private final Caller caller;

    public ConsentResource(ConsentService service, ReceiptService receipts, Caller caller) {
        this.service = service;
        this.receipts = receipts;
        this.caller = caller;
    }

    @POST
    @Path("consents")
    @Operation(summary = "Record a subject's consent under a registered purpose",
            description = "Idempotent per Idempotency-Key: a retry returns 200 with the first result. "
                    + "422 pdl-7-8-purpose-not-registered without a registered purpose; 422 pdl-8-5-term-exceeds-purpose "
                    + "when validUntil is beyond the purpose's maxValidity without a termBasis.")
    public Response grant(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                          @NotNull(message = "a JSON body is required") GrantConsentRequest body) {
        String operatorId = caller.operatorId();
        IdempotencyKey.require(idempotencyKey);
        var outcome = service.grant(body.toCommand(operatorId, idempotencyKey, service.now()));
        return IdempotencyKey.answer(outcome.created())
                .location(URI.create("/api/v1/consents/" + outcome.consent().id()))
                .entity(ConsentView.of(outcome.consent(), service.now()))
                .build();
    }

    @GET
    @Path("consents/{id}")
    @Operation(summary = "One of the calling operator's consents; another operator's consent is 404")
    public ConsentView get(@PathParam("id") UUID id) {
        return ConsentView.of(service.getForOperator(id, caller.operatorId()), service.now());
    }

    @POST
    @Path("consents/{id}/purpose-achieved")
    @Operation(summary = "PDL-8.6: the purpose of this consent is achieved, so the consent ends now")
    public ConsentView purposeAchieved(@PathParam("id") UUID id) {
        return ConsentView.of(service.achievePurpose(id, caller.operatorId()), service.now());
    }

    @GET
    @Path("consents/{id}/receipt")
    @Operation(summary = "The consent receipt (ISO/IEC TS 27560, Kantara) and its JWS; verify it with /.well-known/jwks.json")
    public ReceiptService.Signed receipt(@PathParam("id") UUID id) {
        return receipts.receiptOf(service.getForOperator(id, caller.operatorId()), service.now());
    }
}
