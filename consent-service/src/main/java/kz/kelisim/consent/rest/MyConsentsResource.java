package kz.kelisim.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.consent.Consent;
import kz.kelisim.consent.service.ConsentService;
import kz.kelisim.consent.service.ReceiptService;
import kz.kelisim.consent.service.RevocationService;
import kz.kelisim.kit.security.Caller;
import kz.kelisim.kit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A subject reads, downloads and revokes their own consents and those of people they legally
 * represent; the IIN comes from the token, never from the request.
 */
@Path("/api/v1/me/consents")
@RolesAllowed(Roles.SUBJECT)
public class MyConsentsResource {

    private final ConsentService service;
    private final RevocationService revocations;
    private final ReceiptService receipts;
    private final ObligationViews obligationViews;
    private final Caller caller;

    public MyConsentsResource(ConsentService service, RevocationService revocations, ReceiptService receipts,
                              ObligationViews obligationViews, Caller caller) {
        this.service = service;
        this.revocations = revocations;
        this.receipts = receipts;
        this.obligationViews = obligationViews;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The calling subject's consents and those of the people they legally represent, newest first")
    public List<ConsentView> list() {
        Instant now = service.now();
        // Each consent carries its purpose's title, so the list names purposes rather than their codes.
        return service.listForSubject(caller.subjectIin()).stream().map(c -> {
            var purpose = service.purposeOf(c);
            return ConsentView.of(c, now, purpose == null ? null : purpose.definition().title());
        }).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One consent with the purpose version the subject saw, its full history and each party's stop obligation")
    public ConsentDetail get(@PathParam("id") UUID id) {
        Consent c = service.getForSubject(id, caller.subjectIin());
        var purpose = service.purposeOf(c);
        return new ConsentDetail(ConsentView.of(c, service.now()), purpose == null ? null : PurposeView.of(purpose),
                service.history(id).stream().map(e -> new ConsentDetail.HistoryEntry(e.at(), e.action(), e.actor(), e.detail())).toList(),
                obligationViews.of(revocations.forConsent(id)));
    }

    @POST
    @Path("{id}/revocation")
    @Operation(summary = "PDL-8.7: revoke; every party (the operator and each recipient) must stop within 15 working days",
            description = "201 with one stop obligation per party and its due moment; a repeated call answers 200 with the same obligations.")
    public Response revoke(@PathParam("id") UUID id) {
        var revocation = revocations.revoke(id, caller.subjectIin());
        Consent c = revocation.consent();
        return Response.status(revocation.created() ? 201 : 200)
                .entity(new RevocationView(id, c.endedAt(), c.revokedByRepresentative(), obligationViews.of(revocation.obligations())))
                .build();
    }

    @GET
    @Path("{id}/receipt")
    @Operation(summary = "The consent receipt and its JWS, verifiable offline with /.well-known/jwks.json")
    public ReceiptService.Signed receipt(@PathParam("id") UUID id) {
        return receipts.receiptOf(service.getForSubject(id, caller.subjectIin()), service.now());
    }
}
