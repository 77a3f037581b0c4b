package kz.kelisim.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import kz.kelisim.kit.idempotency.IdempotencyKey;
import kz.kelisim.kit.problem.InvalidInputException;
import kz.kelisim.kit.security.Roles;
import kz.kelisim.notification.DeliveryStatus;
import kz.kelisim.notification.service.WebhookService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Webhook endpoints of the calling operator (or of the regulator), their delivery log, and
 * redelivery of dead letters. Deliveries follow Standard Webhooks: webhook-id, webhook-timestamp
 * and an HMAC-SHA256 webhook-signature over the CloudEvents JSON body.
 */
@Path("/api/v1/webhooks")
@RolesAllowed({Roles.OPERATOR, Roles.REGULATOR})
public class WebhookResource {

    private final WebhookService service;
    private final Owners owners;

    public WebhookResource(WebhookService service, Owners owners) {
        this.service = service;
        this.owners = owners;
    }

    @POST
    @Operation(summary = "Register an endpoint for event types (or \"*\"); without a secret one is generated and returned once")
    public Response register(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                             WebhookViews.Registration body) {
        IdempotencyKey.require(idempotencyKey);
        if (body == null) {
            throw InvalidInputException.field("body", "is required");
        }
        WebhookService.Registered r = service.register(owners.current(), idempotencyKey, body.url(), body.eventTypes(),
                body.secret());
        return IdempotencyKey.answer(r.created()).entity(WebhookViews.Endpoint.of(r.endpoint(), r.generatedSecret())).build();
    }

    @GET
    @Operation(summary = "The caller's active endpoints")
    public List<WebhookViews.Endpoint> endpoints() {
        return service.endpoints(owners.current()).stream().map(e -> WebhookViews.Endpoint.of(e, null)).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Stop delivering to an endpoint")
    public Response remove(@PathParam("id") UUID id) {
        service.remove(owners.current(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("deliveries")
    @Operation(summary = "The caller's delivery log, newest first; status=DEAD lists the dead letters")
    public List<WebhookViews.Delivery> deliveries(@QueryParam("status") DeliveryStatus status,
                                                  @QueryParam("endpoint") UUID endpoint,
                                                  @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return service.deliveries(owners.current(), status, endpoint, limit).stream()
                .map(d -> WebhookViews.Delivery.of(d, null)).toList();
    }

    @GET
    @Path("deliveries/{id}")
    @Operation(summary = "One delivery with every attempt")
    public WebhookViews.Delivery delivery(@PathParam("id") UUID id) {
        var delivery = service.delivery(owners.current(), id);
        return WebhookViews.Delivery.of(delivery, service.attempts(delivery));
    }

    @POST
    @Path("deliveries/{id}/redeliver")
    @Operation(summary = "Deliver a dead letter again, with a fresh round of attempts")
    public WebhookViews.Delivery redeliver(@PathParam("id") UUID id) {
        return WebhookViews.Delivery.of(service.redeliver(owners.current(), id), null);
    }
}
